import { describe, expect, it } from 'vitest';
import { distinctPass, numberOf } from './distinct-marks';

describe('distinct numbers in a pass', () => {
  it('numbers an id once, the same every time, and different ids differently', () => {
    expect(numberOf('fta-nz')).toBe(numberOf('fta-nz'));
    expect(numberOf('fta-nz')).not.toBe(numberOf('cdta-nz'));
  });

  it('is true the first time a number is met in a bucket, false after, and each bucket counts apart', () => {
    const firstTime = distinctPass(2);
    const [nz, cdta] = [numberOf('fta-nz'), numberOf('cdta-nz')];
    expect([nz, nz, cdta, nz].map((n) => firstTime(n, 0))).toEqual([true, false, true, false]);
    expect(firstTime(nz, 1)).toBe(true);
    expect(firstTime(nz, 1)).toBe(false);
  });

  it('starts every pass afresh, whatever the earlier passes met', () => {
    const fr = numberOf('ippa-fr');
    const first = distinctPass(1);
    expect(first(fr, 0)).toBe(true);
    const second = distinctPass(1);
    expect(second(fr, 0)).toBe(true);
    expect(second(fr, 0)).toBe(false);
  });

  it('counts exactly with many numbers and buckets, beyond its first array', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => numberOf(`agreement-${i}`));
    const firstTime = distinctPass(7);
    let met = 0;
    for (const round of [0, 1])
      for (const n of ids) for (let bucket = 0; bucket < 7; bucket++) if (firstTime(n, bucket)) met += round === 0 ? 1 : 1000;
    expect(met).toBe(5000 * 7);
  });
});
