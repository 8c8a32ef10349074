/** The arcs from Hong Kong as the app draws them between two anchors. */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, splitAtAntimeridian } from './great-circle';

const HK: [number, number] = [114.14, 22.44];
const maxJump = (line: Position[]) => Math.max(0, ...line.slice(1).map((p, i) => Math.abs(p[0] - line[i][0])));

describe('arcs from Hong Kong', () => {
  it('start at Hong Kong and end exactly at the far anchor', () => {
    const lines = greatCircleArc(HK, [-2.5, 53.9]);
    expect(lines[0][0]).toEqual(HK);
    expect(lines.at(-1)!.at(-1)).toEqual([-2.5, 53.9]);
  });

  it('never jump across the map: an arc over the Pacific (United States) is cut at ±180°, and its pieces meet there', () => {
    const us = greatCircleArc(HK, [-99.1, 39.5]);
    for (const line of us) expect(maxJump(line)).toBeLessThan(180);
    expect(us).toHaveLength(2);
    expect(Math.abs(us[0].at(-1)![0])).toBe(180);
    expect(us[1][0]).toEqual([-us[0].at(-1)![0], us[0].at(-1)![1]]);
    // New Zealand and Fiji lie west of the antimeridian seen from Hong Kong: one piece each.
    expect(greatCircleArc(HK, [172.5, -41.8])).toHaveLength(1);
    expect(greatCircleArc(HK, [178.1, -17.8])).toHaveLength(1);
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
