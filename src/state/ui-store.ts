import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { type Locale, localeOfPage } from '../domain/locales';
import { DEFAULT_UI_STATE, type UiState } from './ui-state';

/**
 * The one store: UI state only. Its actions are plain functions (ui-actions.ts), as zustand's
 * "practice with no store actions" guide suggests: callers import them directly, and the state
 * holds nothing else, so it is the URL state as it is.
 */
export const useUiStore = create<UiState>()(() => ({ ...DEFAULT_UI_STATE, lang: initialLang() }));

/**
 * The language the address or the browser asks for, by the rule the static shell used: the first
 * render is in the page's language. The rest of the address waits for the data (url-sync.ts); the
 * language does not depend on it, and English until then showed as a flash on Chinese pages.
 */
function initialLang(): Locale {
  if (typeof window === 'undefined') return DEFAULT_UI_STATE.lang;
  return localeOfPage(window.location.search, navigator.languages ?? [navigator.language]);
}

/** The state now, for an event handler or an export built on click (never for rendering). */
export const getUiState = (): UiState => useUiStore.getState();

/**
 * Some keys of the UI state: the component re-renders only when one of them changes (shallow
 * comparison of the picked values), not on every input.
 */
export function useUiPick<K extends keyof UiState>(keys: readonly K[]): Pick<UiState, K> {
  return useUiStore(useShallow((s) => pick(s, keys)));
}

export function pick<K extends keyof UiState>(s: UiState, keys: readonly K[]): Pick<UiState, K> {
  const out = {} as Pick<UiState, K>;
  for (const k of keys) out[k] = s[k];
  return out;
}
