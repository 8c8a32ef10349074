/** Country labels in the reader's language, drawn locally from the shipped fonts; big economies are placed first. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../../../domain/locales';
import { LABEL_FONT } from '../label-font';
import { LABEL_SOURCE } from '../map-style';

const NAME_PROPERTY: Record<Locale, string> = { en: 'name', 'zh-HK': 'nameZhHK', 'zh-CN': 'nameZhCN' };

export function labelLayers(lang: Locale): LayerSpecification[] {
  return [
    {
      id: 'economy-labels',
      type: 'symbol',
      source: LABEL_SOURCE,
      layout: {
        'text-field': ['get', NAME_PROPERTY[lang]],
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
