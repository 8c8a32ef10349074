import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '../domain/zod';
import { fetchValidated } from './fetch-validated';

export const GEOMETRY_URL = `${import.meta.env.BASE_URL}data/economies.geojson`;

/** Only what the app relies on is checked; coordinates are left to MapLibre. */
const economyGeometrySchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso2: z.string().nullable(), shape: z.enum(['area', 'point']) }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon', 'Point']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type EconomyGeometry = z.infer<typeof economyGeometrySchema>;

export const geometryQuery = () =>
  queryOptions({
    queryKey: ['economy-geometry'],
    queryFn: ({ signal }) => fetchValidated(GEOMETRY_URL, economyGeometrySchema, signal),
  });

export const useEconomyGeometry = () => useQuery(geometryQuery());
