import { queryOptions, useQuery } from '@tanstack/react-query';
import { changesSchema } from '../domain/release';
import { fetchValidated } from './fetch-validated';

export const CHANGES_URL = `${import.meta.env.BASE_URL}data/changes.json`;

/** The data release: its version, the previous one, and what changed between them. Loaded only where shown (About, Cite this). */
export const changesQuery = () =>
  queryOptions({
    queryKey: ['changes'],
    queryFn: ({ signal }) => fetchValidated(CHANGES_URL, changesSchema, signal),
    staleTime: Infinity,
  });

export const useChanges = () => useQuery(changesQuery());
