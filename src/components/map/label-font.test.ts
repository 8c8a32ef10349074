import { describe, expect, it } from 'vitest';
import { publishedAtlas } from '../../testing/published-data';
import { coveredByLabelFont } from './label-font';

describe('the shipped label font', () => {
  it('covers Latin names with accents and curly apostrophes, not other scripts', () => {
    expect(coveredByLabelFont('Côte d’Ivoire, Curaçao, Åland, Türkiye')).toBe(true);
    expect(coveredByLabelFont('香港')).toBe(false);
    // A range of one character (U+2026) counts too.
    expect(coveredByLabelFont('Saint Helena, Ascension…')).toBe(true);
  });

  it('covers the English name of every economy in the published data', () => {
    const atlas = publishedAtlas();
    const missing = atlas.economies.map((e) => e.names.en).filter((name) => !coveredByLabelFont(name));
    expect(missing).toEqual([]);
  });
});
