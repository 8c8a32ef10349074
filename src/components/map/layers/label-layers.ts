/**
 * Country labels, drawn locally from the shipped fonts; big economies are placed first. The text is
 * the source's `label`, already in the reader's language (labelPoints), so a language switch
 * changes the label source's data and never this style.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../label-font';
import { LABEL_SOURCE } from '../map-style';

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
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': '#2b3440', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 },
    },
  ];
}
