import type { Iso2 } from '../domain/primitives';
import { CORE_TIE_TYPES, type TieType } from '../domain/tie-types';

/**
 * The small, serialisable view state that round-trips through the URL. Fetched data never lives
 * here, and nothing derivable from data + this state is stored. The map camera is not here either.
 */
export interface UiState {
  /** The economy whose panel is open ("HK" opens the hub panel with the network totals). */
  selected: Iso2 | null;
  /** The office whose panel is open; its covered economies are highlighted on the map. */
  office: string | null;
  /** Tie types shown: map colours, arcs, panel and charts count only these. */
  types: TieType[];
  /** Which main view is open. */
  view: View;
  /** Whether the map draws arcs from Hong Kong to each partner. */
  arcs: boolean;
  /** Whether the map draws Hong Kong's offices as markers. */
  offices: boolean;
  /** How the map draws the world: a flat Mercator map or a globe. */
  projection: Projection;
}

export const VIEWS = ['atlas', 'about'] as const;
export type View = (typeof VIEWS)[number];

export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];

export const DEFAULT_UI_STATE: UiState = {
  selected: null,
  office: null,
  types: [...CORE_TIE_TYPES],
  view: 'atlas',
  arcs: true,
  offices: true,
  projection: 'mercator',
};
