/**
 * Arcs from Hong Kong to each partner. Every arc is always in the source; feature-state
 * `standing` (written with the economies' colours) decides whether it shows, solid for ties in
 * force, dashed for "only signed or under negotiation". The "Show arcs" switch sets visibility.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ARC_SOURCE, LEGEND } from '../map-style';

const standing = ['feature-state', 'standing'] as ExpressionSpecification;
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const width: ExpressionSpecification = ['case', isSelected, 3, 1.2];

export function arcLayers(visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  return [
    {
      id: 'arcs-in-force',
      type: 'line',
      source: ARC_SOURCE,
      layout: { visibility, 'line-cap': 'round' },
      paint: {
        'line-color': ['case', isSelected, LEGEND.inForce[3], LEGEND.arcInForce],
        'line-width': width,
        'line-opacity': ['case', ['==', standing, 'in_force'], 0.7, 0],
      },
    },
    {
      id: 'arcs-pipeline',
      type: 'line',
      source: ARC_SOURCE,
      layout: { visibility },
      paint: {
        'line-color': LEGEND.pipelineInk,
        'line-width': width,
        'line-dasharray': [3, 2],
        'line-opacity': ['case', ['==', standing, 'pipeline'], 0.85, 0],
      },
    },
  ];
}
