import { describe, expect, it } from 'vitest';
import { boundsAcrossAntimeridian, economyAnchors, type EconomyFeatureLike, insidePolygon, pointInside } from './economy-anchors';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];
const area = (iso2: string, ...polygons: number[][][][]): EconomyFeatureLike => ({
  properties: { iso2, shape: 'area' },
  geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
});
const point = (iso2: string, lon: number, lat: number): EconomyFeatureLike => ({
  properties: { iso2, shape: 'point' },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('pointInside', () => {
  it('uses the centroid of a convex shape', () => {
    expect(pointInside(square(0, 0, 10))).toEqual([5, 5]);
  });

  it('finds a point inside a crescent whose centroid lies outside', () => {
    // A "C": a 10×10 square with its right-hand 8×6 middle bitten out.
    const c = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]];
    const p = pointInside(c);
    expect(insidePolygon(p, c)).toBe(true);
  });
});

describe('boundsAcrossAntimeridian', () => {
  it('boxes islands on both sides of ±180 narrowly, not around the world', () => {
    const [west, , east] = boundsAcrossAntimeridian([
      { west: 177, east: 179, south: -18, north: -16 },
      { west: -180, east: -178, south: -17, north: -15 },
    ]);
    expect(west).toBe(177);
    expect(east).toBe(182);
  });

  it('keeps an ordinary box', () => {
    expect(boundsAcrossAntimeridian([{ west: 10, east: 20, south: 40, north: 50 }])).toEqual([10, 40, 20, 50]);
  });
});

describe('economyAnchors', () => {
  it('anchors a small economy at its point, keeping the box of its shape', () => {
    const anchors = economyAnchors([area('SG', square(103.5, 1, 0.5)), point('SG', 103.81, 1.36)]);
    expect(anchors.get('SG')).toMatchObject({ anchor: [103.81, 1.36], hasPoint: true, bounds: [103.5, 1, 104, 1.5] });
  });

  it('leaves far-off small parts out of the camera box', () => {
    const anchors = economyAnchors([area('FR', square(0, 43, 8), square(-54, 2, 2))]);
    expect(anchors.get('FR')).toMatchObject({ anchor: [4, 47], bounds: [0, 43, 8, 51], hasPoint: false });
  });

  it('skips features without an economy code', () => {
    expect(economyAnchors([{ ...area('XX', square(0, 0, 1)), properties: { iso2: null, shape: 'area' } }]).size).toBe(0);
  });
});
