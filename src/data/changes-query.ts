import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchValidated } from './fetch-validated';

export const CHANGES_URL = `${import.meta.env.BASE_URL}data/changes.json`;

/** The data release: its version, the previous one, and what changed between them. Loaded only where shown (About, Cite this). */
export const changesQuery = () =>
  queryOptions({
    queryKey: ['changes'],
    queryFn: ({ signal }) => fetchValidated(CHANGES_URL, () => import('../domain/release').then((m) => m.changesSchema), signal),
    staleTime: Infinity,
  });

export const useChanges = () => useQuery(changesQuery());

/** The data release's version, fetched when first asked for (a download records it); null when it cannot be loaded. */
export function useDataVersion(): () => Promise<string | null> {
  const client = useQueryClient();
  return useCallback(
    () =>
      client.fetchQuery(changesQuery()).then(
        (c) => c.version,
        () => null,
      ),
    [client],
  );
}
