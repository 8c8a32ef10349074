import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchValidated } from './fetch-validated';

export const ATLAS_URL = `${import.meta.env.BASE_URL}data/atlas.json`;

/** Every record of the atlas: ties, offices, missions, economies' names. */
export const atlasQuery = () =>
  queryOptions({
    queryKey: ['atlas'],
    queryFn: ({ signal }) =>
      fetchValidated(ATLAS_URL, () => import('../domain/records').then((m) => m.atlasSchema), signal, __ATLAS_SHA256__),
  });

export const useAtlas = () => useQuery(atlasQuery());
