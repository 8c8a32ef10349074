import { describe, expect, it } from 'vitest';
import { measure, ringAreaCentroid, unwrapRing } from './geometry';

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous', () => {
    const ring = [[179, 60], [-179, 60], [-179, 61], [179, 61], [179, 60]];
    const lons = unwrapRing(ring).map((p) => p[0]);
    for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i] - lons[i - 1])).toBeLessThanOrEqual(180);
    expect(lons).toEqual([179, 181, 181, 179, 179]);
  });

  it('keeps the ring centred within ±180 when it starts on the far side', () => {
    const lons = unwrapRing([[-179, 60], [170, 60], [170, 61], [-179, 61], [-179, 60]]).map((p) => p[0]);
    expect(lons).toEqual([181, 170, 170, 181, 181]);
  });

  it('leaves ordinary rings untouched', () => {
    const ring = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('ring measures', () => {
  it('centroid of a square', () => {
    const c = ringAreaCentroid([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
    expect(c).toEqual({ area: 4, lon: 1, lat: 1 });
  });

  it('area in km² shrinks with latitude', () => {
    const square = (lat: number) => ({ type: 'Polygon' as const, coordinates: [[[0, lat], [1, lat], [1, lat + 1], [0, lat + 1], [0, lat]]] });
    expect(measure(square(0)).km2).toBeGreaterThan(measure(square(60)).km2 * 1.9);
  });
});
