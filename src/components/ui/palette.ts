import type { TieType } from '../../domain/tie-types';

/**
 * The colours of the figures the app draws itself (charts, badges, lifecycles) in one place.
 * SVG and canvas downloads carry literal colours, so the ink colours repeat styles.css's --ink,
 * --muted and --line rather than reading them.
 */

/** One colour per tie type for charts, lifecycles and badges; each badge also carries its text label. */
export const TIE_TYPE_COLOUR: Record<TieType, string> = {
  fta: '#1b7f5f',
  ippa: '#c1440e',
  cdta: '#5b4fb3',
  aeo_mra: '#b0226e',
  dta_limited: '#3d6e8f',
  air_services: '#4d7f17',
  mla: '#8a6d00',
};

/** Text and axis colours of drawn figures (styles.css: --ink, --muted, --line). */
export const INK = '#1c2430';
export const MUTED = '#4d5868';
export const GRID = '#d5dbe3';

/** Markers of events on a lifecycle: missions in Hong Kong's red, office openings in the accent blue. */
export const EVENT_COLOUR = { mission: '#c8102e', office: '#0b5cad' } as const;

/** The map: sequential blues for 1, 2, 3 and 4+ tie types in force; amber (and hatching) for "only signed or negotiating". */
export const LEGEND = {
  none: '#e4e7ec',
  pipeline: '#f6d592',
  pipelineInk: '#a86a00',
  inForce: ['#c6dbef', '#6baed6', '#2b7bba', '#0b3d7a'],
  hub: '#c8102e',
  hubSelected: '#9e0b24',
  covered: '#7b1fa2',
  arcInForce: '#0b5cad',
} as const;

/** The sea, and the map area's colour before the map draws. */
export const OCEAN = '#f4f7fb';
