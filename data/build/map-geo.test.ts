/** The map's places and arcs as the build writes them into public/data/atlas.json. */
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/domain/records';

const atlas = atlasSchema.parse(JSON.parse(readFileSync('public/data/atlas.json', 'utf8')));
const geometry = JSON.parse(readFileSync('public/data/economies.geojson', 'utf8')) as {
  features: Feature<Polygon | MultiPolygon, { iso2: string | null; shape: string }>[];
};
const place = (iso2: string) => atlas.geo.places.find((p) => p.iso2 === iso2)!;
const shape = (iso2: string) => geometry.features.find((f) => f.properties.iso2 === iso2 && f.properties.shape === 'area')!;

describe('label anchors', () => {
  it.each(['FR', 'US', 'ID', 'CL', 'HR', 'NZ', 'JP'])('puts %s inside its own shape', (iso2) => {
    expect(geoContains(shape(iso2), place(iso2).anchor as [number, number])).toBe(true);
  });

  it('puts France in metropolitan France and the United States in the lower 48, not in an ocean between their parts', () => {
    const [lon, lat] = place('FR').anchor;
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
    expect(place('US').anchor[0]).toBeGreaterThan(-125);
    expect(place('US').anchor[0]).toBeLessThan(-67);
  });

  it('anchors small economies at their clickable point', () => {
    for (const iso2 of ['HK', 'MO', 'SG', 'MT', 'LI']) expect(place(iso2).point, iso2).toBe(true);
    const point = geometry.features.find((f) => f.properties.iso2 === 'SG' && f.properties.shape === 'point')!.geometry as unknown as {
      coordinates: Position;
    };
    expect(place('SG').anchor).toEqual(point.coordinates);
  });
});

describe('camera boxes', () => {
  it('frame the main parts only (no French Guiana, no Alaska)', () => {
    expect(place('FR').bounds![0]).toBeGreaterThan(-6);
    expect(place('US').bounds![0]).toBeGreaterThan(-126);
  });

  it('cross the antimeridian as one box, east past 180 (Russia, Fiji), never a box around the whole world', () => {
    const [west, , east] = place('RU').bounds!;
    expect(west).toBeGreaterThan(0);
    expect(east).toBeGreaterThan(180);
    expect(east - west).toBeLessThan(180);
    for (const iso2 of ['NZ', 'FJ', 'US']) {
      const [w, , e] = place(iso2).bounds!;
      expect(e - w, iso2).toBeLessThan(70);
    }
  });
});

describe('arcs from Hong Kong', () => {
  it('go to every economy with a tie, from Hong Kong', () => {
    const partners = [...new Set(atlas.ties.map((t) => t.partner as string))].filter((c) => c !== 'HK').sort();
    expect(atlas.geo.arcs.map((a) => a.to)).toEqual(partners);
    for (const { from, to } of atlas.geo.arcs) {
      expect(from, to).toBe('HK');
      expect(place(to), to).toBeDefined();
    }
  });
});
