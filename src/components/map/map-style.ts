/**
 * The map's style as typed data. Colours come from feature-state (typeCount, standing, selected),
 * set per economy by AtlasMap, so a filter change never rebuilds the GeoJSON.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const ECONOMY_SOURCE = 'economies';

/** Sequential blues for 1, 2, 3 and 4+ tie types in force; amber for "only signed or negotiating". */
export const LEGEND = {
  none: '#dfe3e8',
  pipeline: '#f3c577',
  inForce: ['#c6dbef', '#6baed6', '#2b7bba', '#0b3d7a'],
} as const;

const fillColour: ExpressionSpecification = [
  'case',
  ['==', ['feature-state', 'standing'], 'in_force'],
  ['step', ['coalesce', ['feature-state', 'typeCount'], 0], LEGEND.inForce[0], 2, LEGEND.inForce[1], 3, LEGEND.inForce[2], 4, LEGEND.inForce[3]],
  ['==', ['feature-state', 'standing'], 'pipeline'],
  LEGEND.pipeline,
  LEGEND.none,
];

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHub: ExpressionSpecification = ['==', ['get', 'iso2'], 'HK'];

export const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'Hong Kong Ties Atlas',
  sources: {},
  layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': '#f4f7fb' } }],
};

export const ECONOMY_LAYERS: LayerSpecification[] = [
  {
    id: 'economies-fill',
    type: 'fill',
    source: ECONOMY_SOURCE,
    filter: ['==', ['get', 'shape'], 'area'],
    paint: { 'fill-color': ['case', isHub, '#c8102e', fillColour] },
  },
  {
    id: 'economies-border',
    type: 'line',
    source: ECONOMY_SOURCE,
    filter: ['==', ['get', 'shape'], 'area'],
    paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
  },
  {
    id: 'economies-selected',
    type: 'line',
    source: ECONOMY_SOURCE,
    filter: ['==', ['get', 'shape'], 'area'],
    paint: { 'line-color': '#111111', 'line-width': ['case', isSelected, 2.5, 0] },
  },
  {
    id: 'economies-highlight',
    type: 'line',
    source: ECONOMY_SOURCE,
    filter: ['==', ['get', 'shape'], 'area'],
    paint: { 'line-color': '#e8590c', 'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 2.5, 0] },
  },
  {
    id: 'economies-points',
    type: 'circle',
    source: ECONOMY_SOURCE,
    filter: ['==', ['get', 'shape'], 'point'],
    paint: {
      'circle-radius': ['case', isHub, 7, 5],
      'circle-color': ['case', isHub, '#c8102e', fillColour],
      'circle-stroke-color': ['case', isSelected, '#111111', ['boolean', ['feature-state', 'highlight'], false], '#e8590c', '#42526e'],
      'circle-stroke-width': ['case', isSelected, 2.5, 1],
    },
  },
];

export const INTERACTIVE_LAYERS = ['economies-points', 'economies-fill'];
