import { describe, expect, it } from 'vitest';
import { publishedAtlas } from '../testing/published-data';
import type { Atlas } from '../domain/records';
import { perAtlas } from './per-atlas';

describe('a derivation kept per atlas', () => {
  it('walks an atlas once, however often it is asked, and a new atlas again', () => {
    let walks = 0;
    const tieCount = perAtlas((atlas) => {
      walks++;
      return { ties: atlas.ties.length };
    });
    const atlas = publishedAtlas();
    const first = tieCount(atlas);
    expect(tieCount(atlas)).toBe(first);
    expect(walks).toBe(1);
    const newer: Atlas = { ...atlas, ties: atlas.ties.slice(1) };
    expect(tieCount(newer)).toEqual({ ties: atlas.ties.length - 1 });
    expect(walks).toBe(2);
  });
});
