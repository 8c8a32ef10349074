import { describe, expect, it } from 'vitest';
import { distinctPass } from './distinct-marks';

describe('distinct ids in a pass', () => {
  it('is true the first time an id is met in a bucket, false after, and each bucket counts apart', () => {
    const firstTime = distinctPass(2);
    expect(['fta-nz', 'fta-nz', 'cdta-nz', 'fta-nz'].map((id) => firstTime(id, 0))).toEqual([true, false, true, false]);
    expect(firstTime('fta-nz', 1)).toBe(true);
    expect(firstTime('fta-nz', 1)).toBe(false);
  });

  it('starts every pass afresh, whatever the earlier passes met', () => {
    const first = distinctPass(1);
    expect(first('ippa-fr', 0)).toBe(true);
    const second = distinctPass(1);
    expect(second('ippa-fr', 0)).toBe(true);
    expect(second('ippa-fr', 0)).toBe(false);
  });

  it('counts exactly with many ids and buckets, beyond its first array', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `agreement-${i}`);
    const firstTime = distinctPass(7);
    let met = 0;
    for (const round of [0, 1])
      for (const id of ids) for (let bucket = 0; bucket < 7; bucket++) if (firstTime(id, bucket)) met += round === 0 ? 1 : 1000;
    expect(met).toBe(5000 * 7);
  });
});
