import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { shellLangScript, staticShellHtml } from '../../src/app/static-shell';
import { localeFromBrowser } from '../../src/domain/locales';
import { MESSAGES } from '../../src/i18n/messages';
import { parseEmbed } from '../../src/state/url-params';
import { shellFiles } from './build-shell';

/** A window for the script's listener, where a test does not send it events. */
const noWindow = { addEventListener: () => undefined };

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
      const root = {
        lang: '',
        attributes: {} as Record<string, string>,
        setAttribute(k: string, v: string) {
          this.attributes[k] = v;
        },
      };
      const document = { documentElement: root, title: '' };
      runInNewContext(shellLangScript(MESSAGES), {
        URLSearchParams,
        location: { search },
        navigator: { languages },
        document,
        window: noWindow,
      });
      return { lang: root.lang, title: document.title, view: root.attributes['data-first-view'], embed: root.attributes['data-embed'] };
    };
    const browsers = [[], ['en-GB'], ['zh-TW'], ['zh-Hant-HK'], ['zh'], ['zh-CN', 'en'], ['fr', 'zh-MO'], ['fr', 'de'], ['EN-us', 'zh-HK']];
    for (const languages of browsers) expect(run('', languages).lang, languages.join()).toBe(localeFromBrowser(languages));
    expect(run('?lang=zh-CN', ['en'])).toEqual({ lang: 'zh-CN', title: MESSAGES['zh-CN'].appTitle, view: undefined, embed: undefined });
    expect(run('?lang=xx&view=about', ['zh-HK'])).toEqual({
      lang: 'zh-HK',
      title: MESSAGES['zh-HK'].appTitle,
      view: 'about',
      embed: undefined,
    });
  });

  it('its script marks an embedded page as the app reads embed=1 and chart=', () => {
    const run = (search: string) => {
      const root = {
        lang: '',
        attributes: {} as Record<string, string>,
        setAttribute(k: string, v: string) {
          this.attributes[k] = v;
        },
      };
      runInNewContext(shellLangScript(MESSAGES), {
        URLSearchParams,
        location: { search },
        navigator: { languages: ['en'] },
        document: { documentElement: root, title: '' },
        window: noWindow,
      });
      return root.attributes;
    };
    for (const search of [
      '?embed=1',
      '?embed=1&view=table',
      '?embed=1&chart=map',
      '?embed=1&chart=nonsense',
      '?chart=timeline&embed=1&year=2015',
      '?embed=0',
      '?embed=yes&chart=counts',
      '?view=table',
    ]) {
      const params = new URLSearchParams(search);
      const part = parseEmbed(params.get('embed'), params.get('chart'));
      const expected = part === null ? undefined : part === 'map' ? 'map' : 'chart';
      expect(run(search)['data-embed'], search).toBe(expected);
    }
    // A chart says "Loading the atlas…"; the embedded map says "Loading the map…" whatever view= asks.
    expect(run('?embed=1&chart=counts')['data-first-view']).toBe('chart');
    expect(run('?embed=1&view=table')['data-first-view']).toBeUndefined();
  });

  it('holds the embed frame (title, no header) beside the full page frame', () => {
    const html = staticShellHtml(MESSAGES);
    const embed = html.slice(html.indexOf('shell-embed'));
    expect(embed).toContain(`<p class="embed-title"><span lang="en">${MESSAGES.en.appTitle}</span>`);
    expect(embed).not.toMatch(/<header|<h1/);
  });

  it('its script marks the page failed when the app’s module script fails to download, and only then', () => {
    const root = {
      lang: '',
      attributes: {} as Record<string, string>,
      setAttribute(k: string, v: string) {
        this.attributes[k] = v;
      },
    };
    const shells = [{ setAttribute: root.setAttribute, attributes: {} as Record<string, string> }];
    let onError: ((event: { target: unknown }) => void) | null = null;
    let capture = false;
    runInNewContext(shellLangScript(MESSAGES), {
      URLSearchParams,
      location: { search: '' },
      navigator: { languages: ['en'] },
      document: { documentElement: root, title: '', querySelectorAll: () => shells },
      window: {
        addEventListener: (type: string, listener: (event: { target: unknown }) => void, useCapture: boolean) => {
          if (type === 'error') [onError, capture] = [listener, useCapture];
        },
      },
    });
    // Resource errors do not bubble: only a listener in the capture phase hears them.
    expect(capture).toBe(true);
    const fire = (target: unknown) => onError!({ target });
    fire({ tagName: 'IMG' });
    fire({ tagName: 'SCRIPT', type: '' });
    fire(null);
    expect(root.attributes['data-shell-failed']).toBeUndefined();
    fire({ tagName: 'SCRIPT', type: 'module' });
    expect(root.attributes['data-shell-failed']).toBe('');
    expect(shells[0]!.attributes['aria-busy']).toBe('false');
  });

  it('holds the failure note and a reload link to the same address in every language', () => {
    const html = staticShellHtml(MESSAGES);
    for (const lang of ['en', 'zh-HK', 'zh-CN'] as const) {
      expect(html).toContain(`<span lang="${lang}">${MESSAGES[lang].shellFailed}</span>`);
      expect(html).toContain(`<span lang="${lang}">${MESSAGES[lang].failure.reloadPage}</span>`);
    }
    expect(html).toContain('<a href="">');
  });
});
