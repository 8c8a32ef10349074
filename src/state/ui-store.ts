import { create } from 'zustand';
import type { Iso2 } from '../domain/primitives';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { DEFAULT_UI_STATE, type Projection, type UiState, type View } from './ui-state';

interface UiActions {
  /** Opens an economy's panel (or none); an open office panel gives way to it. */
  select: (iso2: Iso2 | null) => void;
  /** Opens an office's panel (or none); an open economy panel gives way to it. */
  selectOffice: (officeId: string | null) => void;
  toggleType: (type: TieType) => void;
  setView: (view: View) => void;
  setArcs: (show: boolean) => void;
  setOffices: (show: boolean) => void;
  setProjection: (projection: Projection) => void;
  /** Replaces the whole state, e.g. from the URL on back/forward. */
  restore: (state: UiState) => void;
}

export const useUiStore = create<UiState & UiActions>()((set) => ({
  ...DEFAULT_UI_STATE,
  select: (selected) => set({ selected, office: null }),
  selectOffice: (office) => set({ office, selected: null }),
  toggleType: (type) =>
    set((s) => ({
      types: s.types.includes(type) ? s.types.filter((t) => t !== type) : TIE_TYPES.filter((t) => t === type || s.types.includes(t)),
    })),
  setView: (view) => set({ view }),
  setArcs: (arcs) => set({ arcs }),
  setOffices: (offices) => set({ offices }),
  setProjection: (projection) => set({ projection }),
  restore: (state) => set(state),
}));

export const pickUiState = (s: UiState): UiState => ({
  selected: s.selected,
  office: s.office,
  types: s.types,
  view: s.view,
  arcs: s.arcs,
  offices: s.offices,
  projection: s.projection,
});
