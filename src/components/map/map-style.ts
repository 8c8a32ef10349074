/**
 * The map's base style and shared colours, as typed data. Per-economy colours come from
 * feature-state (typeCount, standing, selected, covered), so a filter change never rebuilds GeoJSON.
 */
import type { StyleSpecification } from 'maplibre-gl';
import cjkFontUrl from '../../assets/fonts/atlas-cjk.woff2?url';
import labelFontUrl from '../../assets/fonts/dejavu-sans-condensed-latin.woff?url';
import { fontFileUrl } from '../../data/font-files';
import { CJK_FONT_RANGES, LABEL_FONT, LABEL_FONT_RANGES } from './label-font';
import { OCEAN } from '../ui/palette';

export const ECONOMY_SOURCE = 'economies';
export const ARC_SOURCE = 'arcs';
export const LABEL_SOURCE = 'labels';
export const OFFICE_SOURCE = 'offices';

// The map's colours live with the app's other colours (the e2e tests read them there to check the pixels).
export { LEGEND, OCEAN } from '../ui/palette';

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
