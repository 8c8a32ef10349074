/**
 * The static shell written into index.html at build time: the header, the layout's frame and
 * "Loading the map…", painted from HTML and CSS alone while the app's script downloads and runs.
 * React replaces it on its first render (it sits inside #root), with the same classes, so the
 * page does not jump.
 *
 * Every text is there in the three languages; CSS shows the one <html lang> names. That attribute
 * is set before the body is parsed by a tiny classic script (public/shell-lang.js: the CSP allows
 * no inline script), from ?lang= or the browser's languages, with the same rule as the app.
 * Without any script the shell stays in English. The script also marks an embedded page (`embed=1`),
 * whose shell is the embed's frame, without the page's header, and a page whose app script failed to
 * download, whose shell then says so with a reload link. Both files are written by `npm run shell:build`.
 */
import { LOCALES, type Locale } from '../domain/locales';
import type { Messages } from '../i18n/messages';
import { EMBEDS } from '../state/ui-state';

/** Where index.html holds the shell, inside #root. */
export const SHELL_START = '<!--atlas-shell-->';
export const SHELL_END = '<!--/atlas-shell-->';

/** index.html with its shell (re)written from the messages. */
export function withStaticShell(indexHtml: string, messages: Record<Locale, Messages>): string {
  const start = indexHtml.indexOf(SHELL_START);
  const end = indexHtml.indexOf(SHELL_END);
  if (start < 0 || end < start) throw new Error(`index.html has no ${SHELL_START}…${SHELL_END} place for the shell`);
  return indexHtml.slice(0, start + SHELL_START.length) + staticShellHtml(messages) + indexHtml.slice(end);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One text in every language; CSS (`.shell [lang]`) shows the page's own. */
const inEveryLanguage = (messages: Record<Locale, Messages>, pick: (m: Messages) => string) =>
  LOCALES.map((l) => `<span lang="${l}">${escapeHtml(pick(messages[l]))}</span>`).join('');

export function staticShellHtml(messages: Record<Locale, Messages>): string {
  const text = (pick: (m: Messages) => string) => inEveryLanguage(messages, pick);
  const views = (['atlas', 'table', 'about'] as const)
    .map((v) => `<button type="button" disabled aria-pressed="${v === 'atlas'}">${text((m) => m.views[v])}</button>`)
    .join('');
  // "Loading…", or, when the script marks the page failed, why and a link that loads the address again (no script needed).
  const failed = `<span class="shell-failed">${text((m) => m.shellFailed)} <a href="">${text((m) => m.failure.reloadPage)}</a></span>`;
  const loading = `<div class="map"><p class="map-loading" role="status"><span class="shell-map">${text((m) => m.loadingMap)}</span><span class="shell-other">${text((m) => m.loading)}</span>${failed}</p></div>`;
  return [
    '<div class="app shell shell-full" aria-busy="true">',
    `<header class="app-header"><h1>${text((m) => m.appTitle)}</h1><p class="tagline">${text((m) => m.tagline)}</p>`,
    `<div class="header-controls"><nav class="views">${views}</nav></div></header>`,
    `<main class="layout"><aside class="controls"></aside>${loading}<aside class="panel"></aside></main>`,
    '</div>',
    // `embed=1`: the embed's frame (EmbedFrame), shown instead when the script marks the page as embedded,
    // so a host's frame never shows the page's header. The empty foot keeps the date line's place.
    '<div class="app app-embed shell shell-embed" aria-busy="true"><div class="embed">',
    `<p class="embed-title">${text((m) => m.appTitle)}</p><div class="embed-body embed-map">${loading}</div>`,
    '<p class="embed-foot">&#160;</p></div></div>',
  ].join('');
}

/**
 * The classic script that picks the shell's language (and the title) before the first paint; it
 * also marks a first view that is not the map, whose shell says "Loading the atlas…" instead.
 */
export function shellLangScript(messages: Record<Locale, Messages>): string {
  const titles = Object.fromEntries(LOCALES.map((l) => [l, messages[l].appTitle]));
  return `// Written by \`npm run shell:build\` from src/app/static-shell.ts: do not edit.
(function () {
  // The rule of localeFromBrowser (src/domain/locales.ts); data/build/shell.test.ts runs both on the same inputs.
  function localeFromBrowser(languages) {
    for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).toLowerCase();
      if (tag.indexOf('en') === 0) return 'en';
      if (tag.indexOf('zh') === 0) return /hant|-hk|-mo|-tw/.test(tag) ? 'zh-HK' : 'zh-CN';
    }
    return 'en';
  }
  var locales = ${JSON.stringify(LOCALES)};
  var titles = ${JSON.stringify(titles)};
  var params = new URLSearchParams(location.search);
  var asked = params.get('lang');
  var lang = locales.indexOf(asked) >= 0 ? asked : localeFromBrowser(navigator.languages || [navigator.language]);
  var root = document.documentElement;
  root.lang = lang;
  document.title = titles[lang];
  var view = params.get('view');
  // The rule of parseEmbed (src/state/url-params.ts): embed=1 shows the map, or the one chart= named.
  var chart = params.get('chart');
  var charts = ${JSON.stringify(EMBEDS.filter((e) => e !== 'map'))};
  var embed = params.get('embed') === '1' ? (charts.indexOf(chart) >= 0 ? 'chart' : 'map') : null;
  if (embed) root.setAttribute('data-embed', embed);
  if (embed === 'chart') root.setAttribute('data-first-view', 'chart');
  else if (!embed && (view === 'table' || view === 'about')) root.setAttribute('data-first-view', view);
  // The app's script, or a module it imports, that fails to download (a dropped connection, a release
  // that renamed it) would leave the shell saying "Loading…" for ever: the shell says so instead, with a reload link.
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (!target || target.tagName !== 'SCRIPT' || target.type !== 'module') return;
      root.setAttribute('data-shell-failed', '');
      var shells = document.querySelectorAll('.shell');
      for (var i = 0; i < shells.length; i++) shells[i].setAttribute('aria-busy', 'false');
    },
    true,
  );
})();
`;
}
