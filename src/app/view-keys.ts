import type { FilterState } from '../selectors/filter-ties';
import type { UiState } from '../state/ui-state';

/** The UI state the filters read: every view model that follows the filters is derived from these. */
export const FILTER_STATE_KEYS = [
  'types',
  'typeRules',
  'statuses',
  'region',
  'grouping',
  'beltAndRoadOnly',
  'hasOfficeOnly',
  'year',
  'basis',
] as const satisfies readonly (keyof FilterState)[];

/** What else the charts and the comparison follow (through the deferred state). */
export const LATER_KEYS = ['yearFrom', 'countRule', 'mission', 'compare'] as const satisfies readonly (keyof UiState)[];
export type LaterState = Pick<UiState, (typeof LATER_KEYS)[number]>;
