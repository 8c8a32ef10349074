/**
 * The map's base style and shared colours, as typed data. Per-economy colours come from
 * feature-state (typeCount, standing, selected, covered), so a filter change never rebuilds GeoJSON.
 */
import type { StyleSpecification } from 'maplibre-gl';
import cjkFontUrl from '../../assets/fonts/atlas-cjk.woff2?url';
import labelFontUrl from '../../assets/fonts/dejavu-sans-condensed-latin.woff?url';
import { fontFileUrl } from '../../data/font-files';
import { CJK_FONT_RANGES, LABEL_FONT, LABEL_FONT_RANGES } from './label-font';

export const ECONOMY_SOURCE = 'economies';
export const ARC_SOURCE = 'arcs';
export const LABEL_SOURCE = 'labels';
export const OFFICE_SOURCE = 'offices';

/** Sequential blues for 1, 2, 3 and 4+ tie types in force; amber (and hatching) for "only signed or negotiating". */
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

/** The sea and the label fonts; initial-style.ts adds the economies. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'Hong Kong Ties Atlas',
  // No `glyphs` URL: labels are drawn locally from the font file the app ships.
  // One family, two files: Latin names from DejaVu, Chinese names from the CJK subset (fetched only when drawn).
  'font-faces': {
    [LABEL_FONT]: [
      { url: fontFileUrl(labelFontUrl), 'unicode-range': LABEL_FONT_RANGES },
      { url: fontFileUrl(cjkFontUrl), 'unicode-range': CJK_FONT_RANGES },
    ],
  },
  sources: {},
  layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } }],
};

/** The whole inhabited world, Hong Kong near the middle; the camera is never in the store. */
export const WORLD_BOUNDS: [number, number, number, number] = [-170, -50, 190, 75];
