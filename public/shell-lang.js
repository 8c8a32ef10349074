// Written by `npm run shell:build` from src/app/static-shell.ts: do not edit.
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
  var locales = ["en","zh-HK","zh-CN"];
  var titles = {"en":"Hong Kong Ties Atlas","zh-HK":"香港聯繫地圖","zh-CN":"香港联系地图"};
  var params = new URLSearchParams(location.search);
  var asked = params.get('lang');
  var lang = locales.indexOf(asked) >= 0 ? asked : localeFromBrowser(navigator.languages || [navigator.language]);
  var root = document.documentElement;
  root.lang = lang;
  document.title = titles[lang];
  var view = params.get('view');
  // The rule of parseEmbed (src/state/url-params.ts): embed=1 shows the map, or the one chart= named.
  var chart = params.get('chart');
  var charts = ["timeline","counts"];
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
