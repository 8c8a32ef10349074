import { describe, expect, it } from 'vitest';
import { angularDistance, greatCircle, splitAtAntimeridian } from './great-circle';

const HONG_KONG = [114.14, 22.44];

describe('greatCircle', () => {
  it('starts and ends exactly at the two places', () => {
    const arc = greatCircle(HONG_KONG, [-0.13, 51.51]);
    expect(arc[0]).toEqual(HONG_KONG);
    expect(arc[arc.length - 1]).toEqual([-0.13, 51.51]);
  });

  it('goes north of both ends between Hong Kong and London, as great circles do', () => {
    const arc = greatCircle(HONG_KONG, [-0.13, 51.51]);
    expect(Math.max(...arc.map((p) => p[1]))).toBeGreaterThan(55);
  });

  it('follows the equator between two equatorial places', () => {
    const arc = greatCircle([0, 0], [90, 0]);
    for (const [, lat] of arc) expect(Math.abs(lat)).toBeLessThan(1e-6);
    expect(arc.length).toBeGreaterThanOrEqual(45);
  });

  it('has evenly spaced points, each close to the requested step', () => {
    const arc = greatCircle(HONG_KONG, [151.21, -33.87], 2);
    for (let i = 1; i < arc.length; i++) expect(angularDistance(arc[i - 1], arc[i])).toBeLessThanOrEqual(2.01);
  });

  it('still draws a path between antipodal places', () => {
    const arc = greatCircle([0, 0], [180, 0]);
    expect(arc.length).toBeGreaterThan(4);
    for (const p of arc) expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true);
  });
});

describe('splitAtAntimeridian', () => {
  it('cuts Hong Kong to San Francisco into two parts meeting at ±180', () => {
    const parts = splitAtAntimeridian(greatCircle(HONG_KONG, [-122.42, 37.77]));
    expect(parts).toHaveLength(2);
    const [west, east] = parts;
    expect(west[west.length - 1][0]).toBe(180);
    expect(east[0][0]).toBe(-180);
    expect(west[west.length - 1][1]).toBe(east[0][1]);
    for (const part of parts) for (let i = 1; i < part.length; i++) expect(Math.abs(part[i][0] - part[i - 1][0])).toBeLessThan(180);
  });

  it('leaves a line that stays on one side untouched', () => {
    const line = greatCircle(HONG_KONG, [-0.13, 51.51]);
    expect(splitAtAntimeridian(line)).toEqual([line]);
  });

  it('cuts a westward crossing at -180 first', () => {
    expect(splitAtAntimeridian([[-170, 10], [170, 20]])).toEqual([
      [[-170, 10], [-180, 15]],
      [[180, 15], [170, 20]],
    ]);
  });
});
