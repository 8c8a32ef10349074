import type { Iso2 } from '../domain/primitives';
import { CORE_TIE_TYPES, type TieType } from '../domain/tie-types';

/**
 * The small, serialisable view state that round-trips through the URL. Fetched data never lives
 * here, and nothing derivable from data + this state is stored.
 */
export interface UiState {
  /** The economy whose panel is open. */
  selected: Iso2 | null;
  /** Tie types shown: map colours, panel and charts count only these. */
  types: TieType[];
  /** Which main view is open. */
  view: View;
}

export const VIEWS = ['atlas', 'about'] as const;
export type View = (typeof VIEWS)[number];

export const DEFAULT_UI_STATE: UiState = {
  selected: null,
  types: [...CORE_TIE_TYPES],
  view: 'atlas',
};
