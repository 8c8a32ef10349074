import { create } from 'zustand';
import type { Iso2 } from '../domain/primitives';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { DEFAULT_UI_STATE, type UiState, type View } from './ui-state';

interface UiActions {
  select: (iso2: Iso2 | null) => void;
  toggleType: (type: TieType) => void;
  setView: (view: View) => void;
  /** Replaces the whole state, e.g. from the URL on back/forward. */
  restore: (state: UiState) => void;
}

export const useUiStore = create<UiState & UiActions>()((set) => ({
  ...DEFAULT_UI_STATE,
  select: (selected) => set({ selected }),
  toggleType: (type) =>
    set((s) => ({
      types: s.types.includes(type) ? s.types.filter((t) => t !== type) : TIE_TYPES.filter((t) => t === type || s.types.includes(t)),
    })),
  setView: (view) => set({ view }),
  restore: (state) => set(state),
}));

export const pickUiState = (s: UiState): UiState => ({ selected: s.selected, types: s.types, view: s.view });
