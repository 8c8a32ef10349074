import type { Iso2 } from '../domain/primitives';
import { STATUSES, type Status } from '../domain/statuses';
import { CORE_TIE_TYPES, type TieType } from '../domain/tie-types';
import type { Locale } from '../domain/locales';
import type { StoryId } from '../domain/stories';
import type { CountRule, DateBasis } from '../domain/time-axis';

/**
 * The small, serialisable view state that round-trips through the URL. Fetched data never lives
 * here, and nothing derivable from data + this state is stored. The map camera is not here either.
 */
export interface UiState {
  /** The economy whose panel is open ("HK" opens the hub panel with the network totals). */
  selected: Iso2 | null;
  /** A chosen mission (missions tracker): its destinations are outlined and framed on the map. */
  mission: string | null;
  /** The office whose panel is open; its covered economies are highlighted on the map. */
  office: string | null;
  /** Tie types shown: map colours, arcs, panel and charts count only these. */
  types: TieType[];
  /** Set logic per tie type: the economy must have / must not have one. Absent means "any". */
  typeRules: Partial<Record<TieType, TypeRule>>;
  /** Statuses counted. */
  statuses: Status[];
  /** UN M49 region or subregion name, e.g. "Europe" or "Western Asia". */
  region: string | null;
  /** A grouping of economies (groupings.csv id, e.g. "asean"): only its members match. */
  grouping: string | null;
  beltAndRoadOnly: boolean;
  hasOfficeOnly: boolean;
  /** Show only facts from official sources (tiers 1 and 2): `sources=official` in the URL. */
  officialOnly: boolean;
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
  /** What the Table view lists: the partner economies or Hong Kong's offices. */
  tableOf: TableOf;
  /** Language of the interface, economy names, dates and map labels. */
  lang: Locale;
  /** Whether the map draws arcs from Hong Kong to each partner. */
  arcs: boolean;
  /** Whether the map draws Hong Kong's offices as markers. */
  offices: boolean;
  /** How the map draws the world: a flat Mercator map or a globe. */
  projection: Projection;
  /** Economies compared side by side (at most COMPARE_MAX), in the order they were added. */
  compare: Iso2[];
  /** The guided story open (its text beside the map), or null. */
  story: StoryId | null;
  /** The story's step shown, from 1. */
  step: number;
  /** Shown inside another site's page (`embed=1`): one part without the page chrome; null for the full atlas. */
  embed: Embed | null;
}

/** Two to six economies side by side: more would not fit a readable row per economy. */
export const COMPARE_MAX = 6;

/** What an embedded view shows: the map with its legend, or one chart (`chart=timeline` or `chart=counts`). */
export const EMBEDS = ['map', 'timeline', 'counts'] as const;
export type Embed = (typeof EMBEDS)[number];
export type TypeRule = 'must' | 'not';
export const VIEWS = ['atlas', 'table', 'about'] as const;
export type View = (typeof VIEWS)[number];
export const TABLES = ['economies', 'offices'] as const;
export type TableOf = (typeof TABLES)[number];

export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];

export const DEFAULT_UI_STATE: UiState = {
  selected: null,
  office: null,
  mission: null,
  types: [...CORE_TIE_TYPES],
  typeRules: {},
  statuses: [...STATUSES],
  region: null,
  grouping: null,
  beltAndRoadOnly: false,
  hasOfficeOnly: false,
  officialOnly: false,
  year: null,
  yearFrom: null,
  countRule: 'partner',
  basis: 'inForce',
  view: 'atlas',
  tableOf: 'economies',
  lang: 'en',
  arcs: true,
  offices: true,
  projection: 'mercator',
  compare: [],
  story: null,
  step: 1,
  embed: null,
};

/** The state the filters read: every view model that follows the filters is derived from these. */
export const FILTER_VIEW_KEYS = [
  'types',
  'typeRules',
  'statuses',
  'region',
  'grouping',
  'beltAndRoadOnly',
  'hasOfficeOnly',
  'year',
  'basis',
] as const;

/** Everything the filter panel controls (Reset all restores these, keeping selection and view): the above, the source tier and the span. */
export const FILTER_KEYS = [...FILTER_VIEW_KEYS, 'officialOnly', 'yearFrom'] as const;
