/** The map's places and arcs as the build writes them into public/data/atlas.json. */
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../../src/domain/records';
import { greatCircleArc, splitAtAntimeridian } from './map-geo';

const atlas = atlasSchema.parse(JSON.parse(readFileSync('public/data/atlas.json', 'utf8')));
const geometry = JSON.parse(readFileSync('public/data/economies.geojson', 'utf8')) as {
  features: Feature<Polygon | MultiPolygon, { iso2: string | null; shape: string }>[];
};
const place = (iso2: string) => atlas.geo.places.find((p) => p.iso2 === iso2)!;
const arc = (iso2: string) => atlas.geo.arcs.find((a) => a.iso2 === iso2)!;
const shape = (iso2: string) => geometry.features.find((f) => f.properties.iso2 === iso2 && f.properties.shape === 'area')!;
const maxJump = (line: Position[]) => Math.max(0, ...line.slice(1).map((p, i) => Math.abs(p[0] - line[i][0])));

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
  it('reach every economy with a tie, starting at Hong Kong and ending at its anchor', () => {
    const partners = [...new Set(atlas.ties.map((t) => t.partner as string))].filter((c) => c !== 'HK').sort();
    expect(atlas.geo.arcs.map((a) => a.iso2)).toEqual(partners);
    for (const { iso2, lines } of atlas.geo.arcs) {
      expect(lines[0][0], iso2).toEqual(place('HK').anchor);
      expect(lines.at(-1)!.at(-1), iso2).toEqual(place(iso2).anchor);
    }
  });

  it('never jump across the map: an arc over the Pacific (United States) is cut at ±180°, and its pieces meet there', () => {
    for (const { iso2, lines } of atlas.geo.arcs) for (const line of lines) expect(maxJump(line), iso2).toBeLessThan(180);
    const us = arc('US').lines;
    expect(us).toHaveLength(2);
    expect(Math.abs(us[0].at(-1)![0])).toBe(180);
    expect(us[1][0]).toEqual([-us[0].at(-1)![0], us[0].at(-1)![1]]);
    // New Zealand and Fiji (no tie, so no arc in the atlas) lie west of the antimeridian seen from Hong Kong: one piece each.
    expect(arc('NZ').lines).toHaveLength(1);
    expect(greatCircleArc(place('HK').anchor, place('FJ').anchor)).toHaveLength(1);
  });

  it('follow the great circle: Hong Kong to London passes north of the Caspian', () => {
    const line = greatCircleArc([114.14, 22.44], [-0.12, 51.5]).flat();
    const middle = line[Math.floor(line.length / 2)];
    expect(middle[1]).toBeGreaterThan(50);
  });

  it('split a line that crosses ±180° eastwards and westwards at the crossing latitude', () => {
    expect(
      splitAtAntimeridian([
        [170, 0],
        [-170, 10],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
    expect(
      splitAtAntimeridian([
        [-170, 10],
        [170, 0],
      ]),
    ).toEqual([
      [
        [-170, 10],
        [-180, 5],
      ],
      [
        [180, 5],
        [170, 0],
      ],
    ]);
    expect(
      splitAtAntimeridian([
        [10, 0],
        [20, 0],
      ]),
    ).toEqual([
      [
        [10, 0],
        [20, 0],
      ],
    ]);
  });
});
