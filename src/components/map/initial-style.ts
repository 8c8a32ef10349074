import type { StyleSpecification } from 'maplibre-gl';
import { type EconomyGeometry, GEOMETRY_URL } from '../../data/economy-geometry';
import { ECONOMY_AREA_LAYERS, ECONOMY_POINT_LAYERS, HUB_LAYERS } from './layers/economy-layers';
import { BASE_STYLE, ECONOMY_SOURCE } from './map-style';

/**
 * The style the map is created with: the sea, and the economies' shapes and points. The map
 * fetches, parses and tiles the geometry in its worker from the start, while the main thread
 * loads and validates the atlas; the colours follow through feature-state once the atlas is in.
 * Arcs, labels, offices and the pipeline hatching are added by MapLayers.
 */
export const INITIAL_STYLE: StyleSpecification = {
  ...BASE_STYLE,
  sources: { [ECONOMY_SOURCE]: { type: 'geojson', data: GEOMETRY_URL, promoteId: 'iso2' } },
  layers: [...BASE_STYLE.layers, ...ECONOMY_AREA_LAYERS, ...ECONOMY_POINT_LAYERS, ...HUB_LAYERS],
};

/** The same style for a map made again in this page: the geometry an earlier map loaded, not its URL. */
export const styleWithGeometry = (geometry: EconomyGeometry): StyleSpecification => ({
  ...INITIAL_STYLE,
  sources: { [ECONOMY_SOURCE]: { type: 'geojson', data: geometry as GeoJSON.FeatureCollection, promoteId: 'iso2' } },
});
