import { z } from '../domain/zod';

/**
 * The economies' geometry file: only what the app relies on is checked; coordinates are left to
 * MapLibre. economy-geometry.ts imports this when it validates the file, so zod is not in the first load.
 */
export const economyGeometrySchema = z.object({
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
