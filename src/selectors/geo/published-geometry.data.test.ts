/** Checks on the published geometry and data together: what the map draws from public/data. */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../domain/records';
import { hubArcs, placesByCode } from '../map-layers';

interface EconomyFeatureLike {
  properties: { iso2: string | null; shape: 'area' | 'point' };
  geometry: { type: 'Polygon' | 'MultiPolygon' | 'Point'; coordinates: unknown[] };
}
const geometry = JSON.parse(readFileSync('public/data/economies.geojson', 'utf8')) as { features: EconomyFeatureLike[] };
const atlas = atlasSchema.parse(JSON.parse(readFileSync('public/data/atlas.json', 'utf8')));
const partners = [...new Set(atlas.ties.map((t) => t.partner as string))].filter((c) => c !== 'HK');
const SMALL_ECONOMIES = ['MO', 'SG', 'BH', 'MV', 'MT', 'MU', 'LI', 'JE', 'GG', 'BN'];

const maxJump = (line: Position[]) => Math.max(0, ...line.slice(1).map((p, i) => Math.abs(p[0] - line[i][0])));

describe('the published map geometry', () => {
  it('has no ring that jumps across the antimeridian (which would draw a band across the map)', () => {
    const banded: string[] = [];
    for (const f of geometry.features) {
      if (f.geometry.type === 'Point') continue;
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Position[][][];
      if (polygons.some((polygon) => polygon.some((ring) => maxJump(ring) > 180))) banded.push(f.properties.iso2 ?? '?');
    }
    expect(banded).toEqual([]);
  });

  it('draws every small economy as a clickable point, and Hong Kong too', () => {
    const places = placesByCode(atlas.geo);
    const points = new Set(geometry.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.iso2));
    for (const iso2 of [...SMALL_ECONOMIES, 'HK']) {
      expect(points.has(iso2), iso2).toBe(true);
      expect(places.get(iso2)?.point, iso2).toBe(true);
    }
  });

  it('gives every partner an arc from Hong Kong, none of them jumping across the map', () => {
    const arcs = hubArcs(atlas.geo);
    expect(arcs.features.map((f) => f.properties.iso2).sort()).toEqual([...partners].sort());
    for (const f of arcs.features) {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const line of lines) expect(maxJump(line), f.properties.iso2).toBeLessThan(180);
    }
  });
});
