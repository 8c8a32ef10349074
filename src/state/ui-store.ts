import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_UI_STATE, type UiState } from './ui-state';

/**
 * The one store: UI state only. Its actions are plain functions (ui-actions.ts), as zustand's
 * "practice with no store actions" guide suggests: callers import them directly, and the state
 * holds nothing else, so it is the URL state as it is.
 */
export const useUiStore = create<UiState>()(() => ({ ...DEFAULT_UI_STATE }));

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
