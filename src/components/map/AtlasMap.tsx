import { type ErrorEvent, Layer, Map, type MapLayerMouseEvent, NavigationControl, Source } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useState } from 'react';
import type { EconomyGeometry } from '../../data/geometry-query';
import type { Iso2 } from '../../domain/primitives';
import type { EconomyFeatureState } from '../../selectors/map-feature-states';
import { maplibregl } from './maplibre';
import { BASE_STYLE, ECONOMY_LAYERS, ECONOMY_SOURCE, INTERACTIVE_LAYERS } from './map-style';
import { useFeatureStates } from './use-feature-states';
import { useHighlight } from './use-highlight';

declare global {
  interface Window {
    /** performance.now() at the map's latest `idle` event: tests and benchmarks wait on it. */
    __mapIdle?: number;
    /** The MapLibre instance, for end-to-end tests that click economies by their coordinates. */
    __atlasMap?: MaplibreMap;
  }
}

interface AtlasMapProps {
  geometry: EconomyGeometry;
  states: ReadonlyMap<string, EconomyFeatureState>;
  selected: string | null;
  /** Economies to mark for a moment: the hovered timeline year's gains, a chosen mission's destinations. */
  highlighted: ReadonlySet<string>;
  onSelect: (iso2: Iso2 | null) => void;
  /** Called on every idle; the app uses the first to start loading what the first view does not need. */
  onFirstIdle?: () => void;
}

/** The whole inhabited world, Hong Kong near the middle; the camera is never in the store. */
const INITIAL_VIEW = { bounds: [-170, -50, 190, 75] as [number, number, number, number] };

export function AtlasMap({ geometry, states, selected, highlighted, onSelect, onFirstIdle }: AtlasMapProps) {
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [hovering, setHovering] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  useFeatureStates(map, states, selected);
  useHighlight(map, highlighted);
  // MapLibre is created asynchronously, outside React's render: a failure to create it (no WebGL2
  // context, e.g. a blocklisted GPU) is rethrown here so the map's error boundary takes over.
  if (failure) throw failure;

  const onLoad = useCallback((e: { target: MaplibreMap }) => {
    window.__atlasMap = e.target;
    setMap(e.target);
  }, []);

  const onError = useCallback((e: ErrorEvent) => {
    if (!e.target) setFailure(e.error instanceof Error ? e.error : new Error(String(e.error)));
    else console.error(e.error); // a runtime error of a working map: reported, as MapLibre does by default
  }, []);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const iso2 = e.features?.[0]?.properties?.iso2 as string | undefined;
      onSelect(iso2 ? (iso2 as Iso2) : null);
    },
    [onSelect],
  );

  return (
    <div className="map" role="region" aria-label="World map of Hong Kong's partner economies">
      <Map
        mapLib={maplibregl}
        initialViewState={INITIAL_VIEW}
        mapStyle={BASE_STYLE}
        renderWorldCopies={false}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovering ? 'pointer' : 'grab'}
        onMouseEnter={() => setHovering(true)}
        onMouseLeave={() => setHovering(false)}
        onClick={onClick}
        onLoad={onLoad}
        onError={onError}
        onIdle={() => {
          window.__mapIdle = performance.now();
          onFirstIdle?.();
        }}
        attributionControl={{ compact: true, customAttribution: 'Boundaries: Natural Earth' }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <Source id={ECONOMY_SOURCE} type="geojson" data={geometry as GeoJSON.FeatureCollection} promoteId="iso2">
          {ECONOMY_LAYERS.map((layer) => (
            <Layer key={layer.id} {...(layer as Parameters<typeof Layer>[0])} />
          ))}
        </Source>
      </Map>
    </div>
  );
}
