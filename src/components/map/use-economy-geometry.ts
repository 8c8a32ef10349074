import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { type EconomyGeometry, parseEconomyGeometry } from '../../data/economy-geometry';
import { ECONOMY_SOURCE } from './map-style';

/**
 * The economies' geometry as the map's worker loaded it, validated and kept for a map made again
 * in this page (Table → Map, offline too); taken after the first idle, and nothing waits for it. A file that fails validation is thrown from the map's render, so the
 * map's error boundary shows the reason, the same data as a table, and Retry. (Load failures
 * arrive as map error events; AtlasMap turns those into the same path.)
 * `known` is the copy a previous map of this page loaded (then nothing is asked of the worker);
 * `remember` keeps a newly loaded one for the maps after this one.
 */
export function useEconomyGeometry(
  map: MaplibreMap | null,
  known: EconomyGeometry | null,
  remember: (geometry: EconomyGeometry) => void,
): EconomyGeometry | null {
  const [geometry, setGeometry] = useState<EconomyGeometry | null>(known);
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure) throw failure;
  useEffect(() => {
    if (known) return;
    const source = map?.getSource<GeoJSONSource>(ECONOMY_SOURCE);
    if (!source) return;
    let live = true;
    // Resolves once the worker has the file (at once if it already has); a failed load never resolves.
    source.getData().then(
      (json) => {
        if (!live) return;
        parseEconomyGeometry(json).then(
          (parsed) => {
            if (!live) return;
            remember(parsed);
            setGeometry(parsed);
          },
          (error: unknown) => live && setFailure(error as Error),
        );
      },
      (error: unknown) => live && setFailure(error as Error),
    );
    return () => {
      live = false;
    };
  }, [map, known, remember]);
  return geometry;
}
