/**
 * Hong Kong's offices as markers, one shape per type (square: ETO overseas, diamond: Mainland ETO,
 * triangle: liaison unit), so the type reads without colour. Each marker sits up and to the right
 * of a small dot on its city, like a flag: an office in a city-state (Singapore) would otherwise
 * cover the economy's own point and make it unclickable. A ring on the city marks the open office.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { OFFICE_SOURCE } from '../map-style';
import { officeIconId } from '../map-images';
import { OFFICE_TYPES } from '../../../domain/record-kinds';
import { LABEL_FONT } from '../label-font';

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

/**
 * At world zoom offices close together (sixteen in the Mainland, three in the eastern United States)
 * are drawn as one disc with their count (the source clusters them up to this zoom); a click zooms in.
 */
export const OFFICE_CLUSTER_MAX_ZOOM = 3;
export const OFFICE_CLUSTER_RADIUS = 24;

/** Screen offset (px) of a marker's centre from its city; e2e/support/atlas-driver.ts clicks there. */
export const OFFICE_MARKER_OFFSET: [number, number] = [10, -10];

export function officeLayers(visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const icon = [
    'match',
    ['get', 'officeType'],
    ...OFFICE_TYPES.flatMap((t) => [t, officeIconId(t)]),
    officeIconId('eto_overseas'),
  ] as unknown as ExpressionSpecification;
  return [
    {
      // A dot on the city; for the open office it grows into a ring, so the marker's place is clear.
      id: 'offices-dots',
      type: 'circle',
      source: OFFICE_SOURCE,
      filter: notCluster,
      layout: { visibility },
      paint: {
        'circle-radius': ['case', isSelected, 6, 1.8],
        'circle-color': ['case', isSelected, '#fff59d', '#1c2430'],
        'circle-stroke-color': ['case', isSelected, '#111111', '#1c2430'],
        'circle-stroke-width': ['case', isSelected, 2.5, 0],
      },
    },
    {
      id: 'offices-icons',
      type: 'symbol',
      source: OFFICE_SOURCE,
      filter: notCluster,
      layout: {
        visibility,
        'icon-image': icon,
        'icon-offset': OFFICE_MARKER_OFFSET,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'offices-clusters',
      type: 'circle',
      source: OFFICE_SOURCE,
      filter: isCluster,
      layout: { visibility },
      paint: {
        'circle-radius': 10,
        'circle-color': '#1f2a6b',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-translate': OFFICE_MARKER_OFFSET,
      },
    },
    {
      id: 'offices-cluster-count',
      type: 'symbol',
      source: OFFICE_SOURCE,
      filter: isCluster,
      layout: {
        visibility,
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-offset': [OFFICE_MARKER_OFFSET[0] / 11, OFFICE_MARKER_OFFSET[1] / 11],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
