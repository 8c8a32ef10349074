import { LOCALES, LOCALE_NAMES, type Locale } from '../domain/locales';
import { useI18n } from '../i18n/use-i18n';
import { ShareDialog } from '../components/ui/ShareDialog';
import type { UiState, View } from '../state/ui-state';

interface Props {
  /** The view's state: the header shows which view is on, and Share embeds it. */
  ui: UiState;
  onView: (v: View) => void;
  onLang: (lang: Locale) => void;
}

export function AppHeader({ ui, onView, onLang }: Props) {
  const { lang, m } = useI18n();
  const view = ui.view;
  return (
    <header className="app-header">
      <h1>{m.appTitle}</h1>
      <p className="tagline">{m.tagline}</p>
      <div className="header-controls">
        <nav aria-label={m.views.label} className="views">
          {(['atlas', 'table', 'about'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
              {m.views[v]}
            </button>
          ))}
        </nav>
        <ShareDialog ui={ui} />
        <label className="lang-switch">
          <span className="visually-hidden">{m.language}</span>
          <select value={lang} onChange={(e) => onLang(e.target.value as Locale)} aria-label={`${m.language} / Language`}>
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
