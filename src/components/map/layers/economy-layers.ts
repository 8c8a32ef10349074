/**
 * Economies as shapes and points. Three standings look different beyond colour:
 * - ties in force: blue fill, darker the more tie types, with a solid dark outline (shapes); a filled dot (points);
 * - only signed or under negotiation: pale amber, hatched, with a dashed outline (shapes); a ring (points);
 * - no recorded tie: plain grey without outline, like the land of a base map (shapes); a small grey dot (points).
 * Hong Kong, the hub, is red and drawn on top of everything else so it is always clickable.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ECONOMY_TILE_LAYER } from '../economy-tiles';
import { ECONOMY_SOURCE, LEGEND } from '../map-style';
import { PIPELINE_PATTERN } from '../map-images';

/** Every economy layer reads the one layer of the economies' tiles. */
const ECONOMY_TILES = { source: ECONOMY_SOURCE, 'source-layer': ECONOMY_TILE_LAYER } as const;

const standing = ['feature-state', 'standing'] as ExpressionSpecification;
const inForce: ExpressionSpecification = ['==', standing, 'in_force'];
const pipeline: ExpressionSpecification = ['==', standing, 'pipeline'];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isCovered: ExpressionSpecification = ['boolean', ['feature-state', 'covered'], false];
const isHub: ExpressionSpecification = ['==', ['get', 'iso2'], 'HK'];
const isArea: ExpressionSpecification = ['==', ['get', 'shape'], 'area'];
const isPoint: ExpressionSpecification = ['==', ['get', 'shape'], 'point'];

const inForceColour: ExpressionSpecification = [
  'step',
  ['coalesce', ['feature-state', 'typeCount'], 0],
  LEGEND.inForce[0],
  2,
  LEGEND.inForce[1],
  3,
  LEGEND.inForce[2],
  4,
  LEGEND.inForce[3],
];
const fillColour: ExpressionSpecification = ['case', isHub, LEGEND.hub, inForce, inForceColour, pipeline, LEGEND.pipeline, LEGEND.none];

/**
 * Which economies a style layer may ever need to draw. The hatching follows feature-state but is
 * filtered to these once per data load (never per filter change), so the software renderer of a
 * headless browser does not shade the whole world's land with an invisible pattern.
 *
 * Layers of a kind share the same set of state-driven paint properties on purpose: MapLibre
 * compiles one shader program per set, and each costs ~0.1–0.3 s on SwiftShader.
 */
export interface LayerScope {
  /** Economies with a signed, concluded or negotiating tie: the only ones that can be "pipeline only". */
  pipelineCandidates: string[];
}

const areaOf = (iso2s: string[]): ExpressionSpecification => ['all', isArea, ['in', ['get', 'iso2'], ['literal', iso2s]]];

const FILL_LAYER = 'economies-fill';
const OUTLINE_LAYER = 'economies-outline';

/** Shapes with their white borders, and solid outlines: in the map's style from its creation, coloured by feature-state. */
export const ECONOMY_AREA_LAYERS: LayerSpecification[] = [
  {
    id: FILL_LAYER,
    type: 'fill',
    ...ECONOMY_TILES,
    filter: isArea,
    // The white borders are the fill's own outline (its antialiasing pass, one-pixel lines), not a
    // line layer of their own: that layer cut every edge into triangles and was the costliest of
    // the map's frame on software WebGL (50 → 44 ms a frame of the complete map in a probe; the same look).
    paint: { 'fill-color': fillColour, 'fill-outline-color': '#ffffff' },
  },
  {
    // One layer for every solid outline, strongest first: the selection, an open office's
    // coverage, then partners with ties in force.
    id: OUTLINE_LAYER,
    type: 'line',
    ...ECONOMY_TILES,
    filter: isArea,
    paint: {
      'line-color': ['case', isSelected, '#111111', isCovered, LEGEND.covered, LEGEND.inForce[3]],
      'line-width': ['case', isSelected, 2.5, isCovered, 3, inForce, 0.8, 0],
      'line-opacity': ['case', isSelected, 1, isCovered, 1, inForce, 1, 0],
    },
  },
];

/**
 * The "only signed or negotiating" hatching (over the fill and its borders) and dashed outline
 * (under the solid ones), each with the base layer it is drawn beneath. They join after the first
 * idle: their pattern and dash shaders would otherwise delay the first coloured map.
 */
export const pipelineLayers = (scope: LayerScope): { spec: LayerSpecification; beforeId: string }[] => [
  {
    beforeId: OUTLINE_LAYER,
    spec: {
      id: 'economies-pipeline-hatch',
      type: 'fill',
      ...ECONOMY_TILES,
      filter: areaOf(scope.pipelineCandidates),
      // No antialiasing: the dashed outline draws the edge, and it saves a shader program.
      paint: { 'fill-pattern': PIPELINE_PATTERN, 'fill-opacity': ['case', pipeline, 1, 0], 'fill-antialias': false },
    },
  },
  {
    beforeId: OUTLINE_LAYER,
    spec: {
      id: 'economies-pipeline-outline',
      type: 'line',
      ...ECONOMY_TILES,
      filter: areaOf(scope.pipelineCandidates),
      paint: {
        'line-color': LEGEND.pipelineInk,
        'line-width': ['case', pipeline, 1, 0],
        'line-dasharray': [2, 1.5],
        'line-opacity': ['case', pipeline, 1, 0],
      },
    },
  },
];

export const ECONOMY_POINT_LAYERS: LayerSpecification[] = [
  {
    id: 'economies-points',
    type: 'circle',
    ...ECONOMY_TILES,
    filter: ['all', isPoint, ['!', isHub]],
    paint: {
      'circle-radius': ['case', inForce, 5.5, pipeline, 5, 3.5],
      'circle-color': ['case', pipeline, '#ffffff', fillColour],
      'circle-stroke-color': [
        'case',
        isSelected,
        '#111111',
        isCovered,
        LEGEND.covered,
        pipeline,
        LEGEND.pipelineInk,
        inForce,
        '#1c2430',
        '#9aa3ae',
      ],
      'circle-stroke-width': ['case', isSelected, 3, isCovered, 3, pipeline, 2.5, inForce, 1, 0.5],
    },
  },
];

/** Drawn last, above offices and arcs: the hub must win every click on its spot. */
export const HUB_LAYERS: LayerSpecification[] = [
  {
    id: 'hub-point',
    type: 'circle',
    ...ECONOMY_TILES,
    filter: ['all', isPoint, isHub],
    paint: {
      'circle-radius': ['case', isSelected, 8.5, 7.5],
      'circle-color': ['case', isSelected, LEGEND.hubSelected, LEGEND.hub],
      'circle-stroke-color': ['case', isSelected, '#111111', '#ffffff'],
      'circle-stroke-width': ['case', isSelected, 3, 2],
    },
  },
];
