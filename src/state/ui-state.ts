import type { Iso2 } from '../domain/primitives';
import { STATUSES, type Status } from '../domain/statuses';
import { CORE_TIE_TYPES, type TieType } from '../domain/tie-types';
import type { Locale } from '../i18n/locales';

/**
 * The small, serialisable view state that round-trips through the URL. Fetched data never lives
 * here, and nothing derivable from data + this state is stored.
 */
export interface UiState {
  /** The economy whose panel is open. */
  selected: Iso2 | null;
  /** Tie types shown: map colours, panel and charts count only these. */
  types: TieType[];
  /** Set logic per tie type: the economy must have / must not have one. Absent means "any". */
  typeRules: Partial<Record<TieType, TypeRule>>;
  /** Statuses counted. */
  statuses: Status[];
  /** UN M49 region or subregion name, e.g. "Europe" or "Western Asia". */
  region: string | null;
  beltAndRoadOnly: boolean;
  hasOfficeOnly: boolean;
  /** The network as it stood at the end of this year; null for today. */
  year: number | null;
  /** Start of the span the timeline charts show (brushing sets it); null for from the first tie. */
  yearFrom: number | null;
  /** Timeline counting rule: one per agreement and partner economy, or a bloc agreement once. */
  countRule: CountRule;
  /** Which date places a tie in time. */
  basis: DateBasis;
  /** Which main view is open. */
  view: View;
  /** Language of the interface, economy names, dates and map labels. */
  lang: Locale;
}

export type TypeRule = 'must' | 'not';
export type DateBasis = 'signed' | 'inForce';
export type CountRule = 'partner' | 'agreement';
export const VIEWS = ['atlas', 'table', 'about'] as const;
export type View = (typeof VIEWS)[number];

/** The first year the slider offers: Hong Kong became a Special Administrative Region in 1997. */
export const FIRST_YEAR = 1997;

export const DEFAULT_UI_STATE: UiState = {
  selected: null,
  types: [...CORE_TIE_TYPES],
  typeRules: {},
  statuses: [...STATUSES],
  region: null,
  beltAndRoadOnly: false,
  hasOfficeOnly: false,
  year: null,
  yearFrom: null,
  countRule: 'partner',
  basis: 'inForce',
  view: 'atlas',
  lang: 'en',
};

/** Everything the filter panel controls (Reset all restores these, keeping selection and view). */
export const FILTER_KEYS = ['types', 'typeRules', 'statuses', 'region', 'beltAndRoadOnly', 'hasOfficeOnly', 'year', 'yearFrom', 'basis'] as const;
