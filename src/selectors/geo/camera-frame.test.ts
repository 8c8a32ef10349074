import { describe, expect, it } from 'vitest';
import { cameraFrame, framesOf, officeFrame } from './camera-frame';
import type { EconomyPlace } from '../../domain/records';

const iso2 = (code: string) => code as EconomyPlace['iso2'];

const area = (code: string, west: number, south: number, east: number, north: number): EconomyPlace => ({
  iso2: iso2(code),
  anchor: [(west + east) / 2, (south + north) / 2],
  bounds: [west, south, east, north],
  point: false,
  km2: 1,
});
const point = (code: string, lon: number, lat: number): EconomyPlace => ({
  iso2: iso2(code),
  anchor: [lon, lat],
  bounds: null,
  point: true,
  km2: 0,
});
const anchors = new Map<string, EconomyPlace>([
  ['HK', point('HK', 114.17, 22.3)],
  ['NZ', area('NZ', 166, -47, 179, -34)],
  ['SG', point('SG', 103.8, 1.37)],
  ['US', area('US', -125, 24, -66, 49)],
  ['CA', area('CA', -141, 42, -52, 70)],
]);

describe('cameraFrame', () => {
  it('frames a partner together with Hong Kong, so its arc shows', () => {
    expect(cameraFrame('NZ', 'HK', anchors, [])).toEqual([114.17, -47, 179, 22.3]);
    expect(cameraFrame('SG', 'HK', anchors, [])).toEqual([103.8, 1.37, 114.17, 22.3]);
  });

  it('frames a far partner with its subregion instead of the whole world', () => {
    expect(cameraFrame('US', 'HK', anchors, ['US', 'CA'])).toEqual([-141, 24, -52, 70]);
  });

  it('frames a far partner alone when its subregion spans the world', () => {
    const wide = new Map([...anchors, ['FJ', point('FJ', 178, -18)]]);
    expect(cameraFrame('US', 'HK', wide, ['FJ'])).toEqual([-125, 24, -66, 49]);
  });

  it('gives nothing for an economy that is not drawn', () => {
    expect(cameraFrame('XX', 'HK', anchors, [])).toBeNull();
  });
});

describe('framesOf', () => {
  it('boxes several economies together, skipping those not drawn', () => {
    expect(framesOf(['SG', 'NZ', 'XX'], anchors)).toEqual([103.8, -47, 179, 1.37]);
    expect(framesOf([], anchors)).toBeNull();
  });
});

describe('officeFrame', () => {
  it('frames an office with every economy it covers', () => {
    // An office in Toronto covering Canada and the United States.
    expect(officeFrame({ lon: -79.4, lat: 43.7, covers: ['CA', 'US'] }, anchors)).toEqual([-141, 24, -52, 70]);
  });
  it('reaches beyond the covered economies to the office itself, and skips a code with no shape', () => {
    expect(officeFrame({ lon: 103.8, lat: 1.37, covers: ['NZ', 'XX'] }, anchors)).toEqual([103.8, -47, 179, 1.37]);
  });
  it('frames the office alone when it covers none', () => {
    expect(officeFrame({ lon: 116.4, lat: 39.9, covers: [] }, anchors)).toEqual([116.4, 39.9, 116.4, 39.9]);
  });
});
