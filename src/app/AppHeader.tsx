import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { LOCALES, LOCALE_NAMES, type Locale } from '../domain/locales';
import { preloadChineseFont } from '../data/font-preload';
import { useI18n } from '../i18n/use-i18n';
import { ShareDialog } from '../components/ui/ShareDialog';
import { setLang, setView } from '../state/ui-actions';
import { useUiStore } from '../state/ui-store';
import { preloadAbout } from './about-part';

/** The title, the views, Share and the language: it re-renders for a change of view or language only. */
export function AppHeader() {
  const { lang, m } = useI18n();
  const view = useUiStore((s) => s.view);
  // Reaching for the menu in English: the Chinese font starts downloading before the choice.
  const preload = lang === 'en' ? preloadChineseFont : undefined;
  // Reaching for About: its code and release list start downloading before the press.
  const client = useQueryClient();
  const reachAbout = useCallback(() => preloadAbout(client, lang), [client, lang]);
  return (
    <header className="app-header">
      <h1>{m.appTitle}</h1>
      <p className="tagline">{m.tagline}</p>
      <div className="header-controls">
        <nav aria-label={m.views.label} className="views">
          {(['atlas', 'table', 'about'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => {
                if (v === 'about') reachAbout();
                setView(v);
              }}
              {...(v === 'about' && { onPointerEnter: reachAbout, onFocus: reachAbout, onTouchStart: reachAbout })}
            >
              {m.views[v]}
            </button>
          ))}
        </nav>
        <ShareDialog />
        <label className="lang-switch">
          <span className="visually-hidden">{m.language}</span>
          <select
            value={lang}
            onPointerEnter={preload}
            onFocus={preload}
            onTouchStart={preload}
            onChange={(e) => setLang(e.target.value as Locale)}
            aria-label={`${m.language} / Language`}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
