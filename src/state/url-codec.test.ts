import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-codec';
import { DEFAULT_UI_STATE } from './ui-state';

describe('url codec', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrlState(DEFAULT_UI_STATE)).toBe('');
  });

  it('round-trips a selection and a type filter', () => {
    const state = { ...DEFAULT_UI_STATE, selected: 'NZ' as never, types: ['fta', 'cdta'] as never };
    const url = serializeUrlState(state);
    expect(url).toBe('?economy=NZ&types=fta,cdta');
    expect(parseUrlState(url)).toEqual(state);
  });

  it('falls back per parameter: a bad type list keeps a good selection', () => {
    expect(parseUrlState('?economy=NZ&types=fta,bogus')).toEqual({ ...DEFAULT_UI_STATE, selected: 'NZ' });
  });

  it('falls back when the economy is unknown', () => {
    expect(parseUrlState('?economy=ZZ&types=ippa', new Set(['NZ']))).toEqual({ ...DEFAULT_UI_STATE, types: ['ippa'] });
    expect(parseUrlState('?economy=<script>')).toEqual(DEFAULT_UI_STATE);
  });

  it('round-trips the view and ignores an unknown one', () => {
    expect(parseUrlState(serializeUrlState({ ...DEFAULT_UI_STATE, view: 'about' }))).toEqual({ ...DEFAULT_UI_STATE, view: 'about' });
    expect(parseUrlState('?view=settings&economy=NZ')).toEqual({ ...DEFAULT_UI_STATE, selected: 'NZ' });
  });

  it('encodes an empty type selection explicitly', () => {
    expect(parseUrlState(serializeUrlState({ ...DEFAULT_UI_STATE, types: [] }))).toEqual({ ...DEFAULT_UI_STATE, types: [] });
  });
});

describe('url codec: map options and offices', () => {
  it('round-trips hidden arcs, hidden offices and the globe', () => {
    const state = { ...DEFAULT_UI_STATE, arcs: false, offices: false, projection: 'globe' as const };
    const url = serializeUrlState(state);
    expect(url).toBe('?arcs=off&offices=off&projection=globe');
    expect(parseUrlState(url)).toEqual(state);
  });

  it('ignores a bad switch or projection and keeps the rest', () => {
    expect(parseUrlState('?arcs=maybe&projection=robinson&economy=SG')).toEqual({ ...DEFAULT_UI_STATE, selected: 'SG' });
    expect(parseUrlState('?arcs=on')).toEqual(DEFAULT_UI_STATE);
  });

  it('round-trips an open office and drops an unknown one', () => {
    const state = { ...DEFAULT_UI_STATE, office: 'eto-london' };
    expect(serializeUrlState(state)).toBe('?office=eto-london');
    expect(parseUrlState('?office=eto-london', undefined, new Set(['eto-london']))).toEqual(state);
    expect(parseUrlState('?office=eto-atlantis', undefined, new Set(['eto-london']))).toEqual(DEFAULT_UI_STATE);
    expect(parseUrlState('?office=<b>')).toEqual(DEFAULT_UI_STATE);
  });
});
