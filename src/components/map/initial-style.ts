import type { StyleSpecification } from 'maplibre-gl';
import { ECONOMY_TILE_MAX_ZOOM, economyTileUrl } from './economy-tiles';
import { ECONOMY_AREA_LAYERS, ECONOMY_POINT_LAYERS, HUB_LAYERS } from './layers/economy-layers';
import { BASE_STYLE, ECONOMY_SOURCE } from './map-style';

/**
 * The style the map is created with: the sea, and the economies' shapes and points. The map's
 * worker fetches the economies' tiles (cut by the build) from the start, while the main thread
 * loads the atlas; the colours follow through feature-state once the atlas is in.
 * Arcs, labels, offices and the pipeline hatching are added by MapLayers.
 */
export const initialStyle = (): StyleSpecification => ({
  ...BASE_STYLE,
  sources: {
    [ECONOMY_SOURCE]: {
      type: 'vector',
      tiles: [economyTileUrl(import.meta.env.BASE_URL, document.baseURI, __ECONOMY_TILES_VERSION__)],
      maxzoom: ECONOMY_TILE_MAX_ZOOM,
      promoteId: 'iso2',
    },
  },
  layers: [...BASE_STYLE.layers, ...ECONOMY_AREA_LAYERS, ...ECONOMY_POINT_LAYERS, ...HUB_LAYERS],
});
