/**
 * Hong Kong's offices as markers, one shape per type (square: ETO overseas, diamond: Mainland ETO,
 * triangle: liaison unit), so the type reads without colour. A halo marks the open office.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { OFFICE_SOURCE } from '../map-style';
import { officeIconId } from '../map-images';
import { OFFICE_TYPES } from '../../../domain/records';

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const OFFICE_LAYER_IDS = ['offices-icons'];

export function officeLayers(visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const icon = ['match', ['get', 'officeType'], ...OFFICE_TYPES.flatMap((t) => [t, officeIconId(t)]), officeIconId('eto_overseas')] as unknown as ExpressionSpecification;
  return [
    {
      id: 'offices-halo',
      type: 'circle',
      source: OFFICE_SOURCE,
      layout: { visibility },
      paint: { 'circle-radius': 12, 'circle-color': '#fff59d', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2, 'circle-opacity': ['case', isSelected, 1, 0], 'circle-stroke-opacity': ['case', isSelected, 1, 0] },
    },
    {
      id: 'offices-icons',
      type: 'symbol',
      source: OFFICE_SOURCE,
      layout: { visibility, 'icon-image': icon, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
  ];
}
