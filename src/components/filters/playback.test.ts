import { describe, expect, it } from 'vitest';
import { nextPlayYear, playStartYear } from './playback';

describe('year playback', () => {
  it('starts at the first year from today or the end', () => {
    expect(playStartYear(null, 1997, 2026)).toBe(1997);
    expect(playStartYear(2026, 1997, 2026)).toBe(1997);
    expect(playStartYear(2005, 1997, 2026)).toBe(2005);
  });

  it('steps a year at a time and stops at the last', () => {
    expect(nextPlayYear(1997, 2026)).toEqual({ year: 1998, done: false });
    expect(nextPlayYear(2025, 2026)).toEqual({ year: 2026, done: true });
  });
});
