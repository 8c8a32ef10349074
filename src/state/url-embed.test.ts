import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-codec';
import { DEFAULT_UI_STATE } from './ui-state';

describe('url codec: embedded views', () => {
  it('reads embed=1 as the map, and chart=timeline or chart=counts as that chart', () => {
    expect(parseUrlState('?embed=1').embed).toBe('map');
    expect(parseUrlState('?embed=1&chart=timeline').embed).toBe('timeline');
    expect(parseUrlState('?embed=1&chart=counts').embed).toBe('counts');
  });

  it('round-trips each embedded view with the rest of the state', () => {
    for (const embed of ['map', 'timeline', 'counts'] as const) {
      const state = { ...DEFAULT_UI_STATE, embed, year: 2015 };
      expect(parseUrlState(serializeUrlState(state), { lastYear: 2026 })).toEqual(state);
    }
    expect(serializeUrlState({ ...DEFAULT_UI_STATE, embed: 'counts', year: 2015 })).toBe('?year=2015&embed=1&chart=counts');
    expect(serializeUrlState({ ...DEFAULT_UI_STATE, embed: 'map' })).toBe('?embed=1');
  });

  it('falls back per parameter: a bad chart gives the map, a bad embed the full atlas, other parameters stay', () => {
    expect(parseUrlState('?embed=1&chart=pie&year=2015', { lastYear: 2026 })).toMatchObject({ embed: 'map', year: 2015 });
    expect(parseUrlState('?embed=yes&chart=timeline&economy=NZ')).toMatchObject({ embed: null, selected: 'NZ' });
    expect(parseUrlState('?chart=timeline').embed).toBeNull();
    expect(serializeUrlState(parseUrlState('?chart=timeline'))).toBe('');
  });
});
