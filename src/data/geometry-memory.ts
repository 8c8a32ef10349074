import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EconomyGeometry } from './economy-geometry';

const GEOMETRY_KEY = ['economies.geojson'] as const;

/**
 * The economies' geometry, once the map's worker has loaded it and the app has validated it, kept
 * in the query cache for the page's life. A map made again (Table → Map, a retried map) is given
 * this copy instead of the URL: the file is downloaded once per page, and the map comes back offline.
 */
export function useGeometryMemory() {
  const client = useQueryClient();
  return useMemo(
    () => ({
      recall: (): EconomyGeometry | null => client.getQueryData<EconomyGeometry>(GEOMETRY_KEY) ?? null,
      remember: (geometry: EconomyGeometry) => client.setQueryData(GEOMETRY_KEY, geometry),
    }),
    [client],
  );
}
