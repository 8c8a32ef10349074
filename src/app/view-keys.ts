import type { FilterState } from '../selectors/filter-ties';
import { FILTER_VIEW_KEYS, type UiState } from '../state/ui-state';

/** The UI state the filters read (checked against what the filter selector takes). */
export const FILTER_STATE_KEYS = FILTER_VIEW_KEYS satisfies readonly (keyof FilterState)[];

/** What else the charts and the comparison follow (through the deferred state). */
export const LATER_KEYS = ['yearFrom', 'countRule', 'mission', 'compare'] as const satisfies readonly (keyof UiState)[];
export type LaterState = Pick<UiState, (typeof LATER_KEYS)[number]>;
