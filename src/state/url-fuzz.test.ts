import { describe, expect, it } from 'vitest';
import { iso2 } from '../domain/primitives';
import { TIE_TYPES } from '../domain/tie-types';
import { hostileQueries } from '../testing/hostile-queries';
import { parseUrlState, serializeUrlState } from './url-codec';
import { VIEWS } from './ui-state';

const KNOWN = ['NZ', 'SG', 'CL', 'AU', 'JP', 'MO', 'CN'].map(iso2);
const QUERIES = hostileQueries(20260801, 500, { known: KNOWN, maxHuge: 100_000, fragments: false });
const known = new Set(KNOWN);

describe('URL codec under 500 random and hostile query strings (seeded)', () => {
  it('the generator covers the hostile cases it claims to', () => {
    const all = QUERIES.map((q) => q.query);
    expect(all.some((q) => q.length > 50_000)).toBe(true);
    expect(all.some((q) => /%3Cscript|<script/i.test(q))).toBe(true);
    expect(all.some((q) => /%F0%9F/.test(q))).toBe(true); // emoji, percent-encoded
    expect(all.some((q) => /(^|&)%E0%A4%A(&|$)|=%E0%A4%A(&|$)/.test(q))).toBe(true); // truncated escape
    expect(all.some((q) => (q.match(/(^|[?&])economy=/g) ?? []).length > 1)).toBe(true); // repeated key
    expect(new Set(QUERIES.map((q) => JSON.stringify(q.expected))).size).toBeGreaterThan(50);
  });

  it.each(QUERIES.map((q, i) => [i, q] as const))(
    'query %i parses without throwing and falls back per parameter',
    (_i, { query, expected }) => {
      const state = parseUrlState(query, { known });
      expect(state).toEqual(expected);
      // Well-formed whatever the generator expected: a known economy or none, types in canonical order, a real view.
      expect(state.selected === null || known.has(state.selected)).toBe(true);
      expect(state.types).toEqual(TIE_TYPES.filter((t) => state.types.includes(t)));
      expect(VIEWS).toContain(state.view);
      // Whatever came in, only clean values go back out, and they round-trip.
      const canonical = serializeUrlState(state);
      expect(canonical).toMatch(/^(\?[a-z]+=[A-Za-z_,]+(&[a-z]+=[A-Za-z_,]+)*)?$/);
      expect(parseUrlState(canonical, { known })).toEqual(state);
    },
  );
});
