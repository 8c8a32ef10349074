import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { shellLangScript, staticShellHtml } from '../../src/app/static-shell';
import { localeFromBrowser } from '../../src/domain/locales';
import { MESSAGES } from '../../src/i18n/messages';
import { shellFiles } from './build-shell';

describe('the static shell', () => {
  it('index.html and public/shell-lang.js are up to date with the messages (npm run shell:build)', () => {
    for (const { path, text } of shellFiles()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('holds the title and "Loading the map…" in every language, as text', () => {
    const html = staticShellHtml(MESSAGES);
    for (const lang of ['en', 'zh-HK', 'zh-CN'] as const) {
      expect(html).toContain(`<span lang="${lang}">${MESSAGES[lang].loadingMap}</span>`);
      expect(html).toContain(`<span lang="${lang}">${MESSAGES[lang].appTitle}</span>`);
    }
    expect(html).toContain('&#39;'); // the English tagline's apostrophe, escaped
    expect(html).not.toMatch(/<script|style=/);
  });

  it('its script picks the language as the app does: ?lang= first, then the browser', () => {
    const run = (search: string, languages: string[]) => {
      const root = { lang: '', attributes: {} as Record<string, string>, setAttribute(k: string, v: string) { this.attributes[k] = v; } };
      const document = { documentElement: root, title: '' };
      runInNewContext(shellLangScript(MESSAGES), { URLSearchParams, location: { search }, navigator: { languages }, document });
      return { lang: root.lang, title: document.title, view: root.attributes['data-first-view'] };
    };
    const browsers = [[], ['en-GB'], ['zh-TW'], ['zh-Hant-HK'], ['zh'], ['zh-CN', 'en'], ['fr', 'zh-MO'], ['fr', 'de'], ['EN-us', 'zh-HK']];
    for (const languages of browsers) expect(run('', languages).lang, languages.join()).toBe(localeFromBrowser(languages));
    expect(run('?lang=zh-CN', ['en'])).toEqual({ lang: 'zh-CN', title: MESSAGES['zh-CN'].appTitle, view: undefined });
    expect(run('?lang=xx&view=about', ['zh-HK'])).toEqual({ lang: 'zh-HK', title: MESSAGES['zh-HK'].appTitle, view: 'about' });
  });
});
