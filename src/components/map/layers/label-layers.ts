/**
 * Country labels, drawn locally from the shipped fonts; big economies are placed first. The text is
 * the source's `label`, already in the reader's language (labelPoints), so a language switch
 * changes the label source's data and never this style.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../label-font';
import { LABEL_SOURCE } from '../map-style';

/**
 * Where a label may stand, in order of preference (offsets in ems). A shape's name is centred on it,
 * else just above or below. A dot's name goes beside the dot: the dot does not take part in MapLibre's
 * label collisions, so a centred name was drawn under it (Macao's, close up, under its marker).
 */
export const LABEL_ANCHORS: ExpressionSpecification = [
  'case',
  ['get', 'point'],
  ['literal', ['top', [0, 0.8], 'bottom', [0, -0.8], 'left', [0.8, 0], 'right', [-0.8, 0]]],
  ['literal', ['center', [0, 0], 'top', [0, 0.6], 'bottom', [0, -0.6]]],
];

export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'economy-labels',
      type: 'symbol',
      source: LABEL_SOURCE,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 13],
        'text-max-width': 7,
        'text-padding': 3,
        'symbol-sort-key': ['get', 'sortKey'],
        'text-variable-anchor-offset': LABEL_ANCHORS,
      },
      paint: { 'text-color': '#2b3440', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 },
    },
  ];
}
