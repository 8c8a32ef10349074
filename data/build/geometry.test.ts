import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildEconomyGeometry, measure, ringAreaCentroid, type SimplifyOptions, unwrapRing } from './geometry';
import { readSources } from './read-sources';

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous', () => {
    const ring = [
      [179, 60],
      [-179, 60],
      [-179, 61],
      [179, 61],
      [179, 60],
    ];
    const lons = unwrapRing(ring).map((p) => p[0]);
    for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i] - lons[i - 1])).toBeLessThanOrEqual(180);
    expect(lons).toEqual([179, 181, 181, 179, 179]);
  });

  it('keeps the ring centred within ±180 when it starts on the far side', () => {
    const lons = unwrapRing([
      [-179, 60],
      [170, 60],
      [170, 61],
      [-179, 61],
      [-179, 60],
    ]).map((p) => p[0]);
    expect(lons).toEqual([181, 170, 170, 181, 181]);
  });

  it('leaves ordinary rings untouched', () => {
    const ring = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('ring measures', () => {
  it('centroid of a square', () => {
    const c = ringAreaCentroid([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
    expect(c).toEqual({ area: 4, lon: 1, lat: 1 });
  });

  it('area in km² shrinks with latitude', () => {
    const square = (lat: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, lat],
          [1, lat],
          [1, lat + 1],
          [0, lat + 1],
          [0, lat],
        ],
      ],
    });
    expect(measure(square(0)).km2).toBeGreaterThan(measure(square(60)).km2 * 1.9);
  });
});

describe('simplification of the Natural Earth 50m countries', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
  const economies = readSources(join(root, 'data', 'sources'), root).economies.map((e) => e.record);
  const inData = new Set(economies.map((e) => e.iso2));
  const areasOf = (options?: SimplifyOptions) =>
    new Map(
      buildEconomyGeometry(topology, economies, inData, options)
        .features.filter((f) => f.properties.shape === 'area' && f.properties.iso2)
        .map((f) => [f.properties.iso2 as string, f.geometry as Polygon | MultiPolygon]),
    );
  const vertices = (g: Polygon | MultiPolygon | undefined) => (g ? JSON.stringify(g.coordinates).split('],[').length : 0);
  const unsimplified = areasOf({ minWeight: 0 });
  const published = areasOf();

  it('leaves small economies exactly as Natural Earth draws them', () => {
    for (const iso2 of ['MO', 'HK', 'SG', 'BH', 'MT', 'LU', 'CY', 'QA', 'BN', 'LB', 'KW', 'MU']) {
      expect(published.get(iso2), iso2).toEqual(unsimplified.get(iso2));
    }
    expect(vertices(published.get('MO'))).toBeGreaterThanOrEqual(8);
    expect(vertices(published.get('HK'))).toBeGreaterThanOrEqual(38);
  });

  it('needs the protection: the same threshold without it deletes Macao and thins Hong Kong', () => {
    const unprotected = areasOf({ protectBelowKm2: 0 });
    expect(unprotected.has('MO')).toBe(false);
    expect(vertices(unprotected.get('HK'))).toBeLessThan(vertices(unsimplified.get('HK')) / 2);
  });

  it('keeps every economy drawn, and the area of every economy within 3% of the unsimplified one', () => {
    expect([...published.keys()].sort()).toEqual([...unsimplified.keys()].sort());
    for (const [iso2, geometry] of published) {
      const before = measure(unsimplified.get(iso2) as Polygon | MultiPolygon).km2;
      expect(Math.abs(measure(geometry).km2 - before) / before, iso2).toBeLessThan(0.03);
    }
  });

  it('keeps the published geometry under 200 kB gzipped (it is most of the 900 kB first-load budget)', () => {
    const text = readFileSync(join(root, 'public', 'data', 'economies.geojson'));
    expect(gzipSync(text, { level: 6 }).length).toBeLessThan(200_000);
  });
});
