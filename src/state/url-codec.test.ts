import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-codec';
import { DEFAULT_UI_STATE, type UiState } from './ui-state';
import { iso2 } from '../domain/primitives';

const state = (overrides: Partial<UiState>): UiState => ({ ...DEFAULT_UI_STATE, ...overrides });

describe('url codec', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrlState(DEFAULT_UI_STATE)).toBe('');
  });

  it('round-trips every parameter with readable values', () => {
    const s = state({
      selected: iso2('NZ'),
      types: ['fta', 'cdta'],
      typeRules: { cdta: 'must', ippa: 'not' },
      statuses: ['in_force'],
      region: 'Western Asia',
      beltAndRoadOnly: true,
      hasOfficeOnly: true,
      officialOnly: true,
      year: 2015,
      basis: 'signed',
      view: 'table',
      countRule: 'agreement',
    });
    const url = serializeUrlState(s);
    expect(url).toBe(
      '?economy=NZ&types=fta,cdta&must=cdta&not=ippa&status=in_force&region=Western%20Asia&bri=1&hasoffice=1&sources=official&year=2015&count=agreement&basis=signed&view=table',
    );
    expect(parseUrlState(url, { lastYear: 2026 })).toEqual(s);
  });

  it('round-trips compare=AU,NZ,SG in the order given, dropping unknown codes, repeats and Hong Kong one by one', () => {
    const known = new Set(['AU', 'NZ', 'SG', 'MY', 'TH', 'VN', 'ID', 'HK'].map(iso2));
    const s = state({ compare: ['AU', 'NZ', 'SG'].map(iso2) });
    expect(serializeUrlState(s)).toBe('?compare=AU,NZ,SG');
    expect(parseUrlState('?compare=AU,NZ,SG', { known })).toEqual(s);
    expect(parseUrlState('?compare=AU,ZZ,AU,HK,nz,NZ', { known }).compare).toEqual(['AU', 'NZ']);
    expect(parseUrlState('?compare=AU,NZ,SG,MY,TH,VN,ID', { known }).compare).toEqual(['AU', 'NZ', 'SG', 'MY', 'TH', 'VN']);
    expect(parseUrlState('?compare=<b>&economy=NZ', { known })).toEqual(state({ selected: iso2('NZ') }));
  });

  it('reads sources=official and falls back to all sources on any other value', () => {
    expect(parseUrlState('?sources=official').officialOnly).toBe(true);
    expect(parseUrlState('?sources=all').officialOnly).toBe(false);
    expect(parseUrlState('?sources=tier1&economy=NZ')).toEqual(state({ selected: iso2('NZ') }));
  });

  it('falls back per parameter: a bad type list keeps a good selection', () => {
    expect(parseUrlState('?economy=NZ&types=fta,bogus')).toEqual(state({ selected: iso2('NZ') }));
  });

  it('falls back when the economy or region is unknown', () => {
    const context = { known: new Set([iso2('NZ')]), regions: new Set(['Europe']) };
    expect(parseUrlState('?economy=ZZ&types=ippa&region=Mars', context)).toEqual(state({ types: ['ippa'] }));
    expect(parseUrlState('?economy=<script>&region=<b>')).toEqual(DEFAULT_UI_STATE);
  });

  it('rejects years outside 1997..last year and unknown views or bases', () => {
    expect(parseUrlState('?year=1996&view=settings&basis=ratified', { lastYear: 2026 })).toEqual(DEFAULT_UI_STATE);
    expect(parseUrlState('?year=2027', { lastYear: 2026 }).year).toBeNull();
    expect(parseUrlState('?year=2026', { lastYear: 2026 }).year).toBe(2026);
  });

  it('round-trips a year span as years=from..to and rejects a reversed one', () => {
    const s = state({ yearFrom: 2010, year: 2020 });
    expect(serializeUrlState(s)).toBe('?years=2010..2020');
    expect(parseUrlState('?years=2010..2020', { lastYear: 2026 })).toEqual(s);
    expect(parseUrlState('?years=2020..2010&year=2015', { lastYear: 2026 })).toEqual(state({ year: 2015 }));
  });

  it('keeps the language in the URL, falling back to the browser language', () => {
    expect(serializeUrlState(state({ lang: 'zh-HK' }))).toBe('?lang=zh-HK');
    expect(parseUrlState('?lang=zh-CN').lang).toBe('zh-CN');
    expect(parseUrlState('?lang=fr', { browserLang: 'zh-HK' }).lang).toBe('zh-HK');
    expect(parseUrlState('', { browserLang: 'zh-CN' }).lang).toBe('zh-CN');
  });

  it('rejects a type that is both required and excluded, keeping other rules out too', () => {
    expect(parseUrlState('?must=cdta&not=cdta').typeRules).toEqual({});
  });

  it('encodes empty selections explicitly', () => {
    const s = state({ types: [], statuses: [] });
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
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
    expect(parseUrlState('?office=eto-london', { knownOffices: new Set(['eto-london']) })).toEqual(state);
    expect(parseUrlState('?office=eto-atlantis', { knownOffices: new Set(['eto-london']) })).toEqual(DEFAULT_UI_STATE);
    expect(parseUrlState('?office=<b>')).toEqual(DEFAULT_UI_STATE);
  });
});

describe('url codec: stories', () => {
  const stories = new Map([
    [
      'growth',
      [
        { year: 1997, types: ['ippa' as const] },
        { year: 2004, types: ['fta' as const] },
        { year: null, types: ['cdta' as const] },
      ],
    ],
  ]);

  it('story=growth&step=2 opens that step with its view, and round-trips', () => {
    const state = parseUrlState('?story=growth&step=2&year=2020', { stories, lastYear: 2026 });
    expect(state).toMatchObject({ story: 'growth', step: 2, year: 2004, types: ['fta'] });
    expect(serializeUrlState(state)).toBe('?types=fta&year=2004&story=growth&step=2');
  });

  it('a step beyond the end opens the last; a bad step the first; an unknown story none', () => {
    expect(parseUrlState('?story=growth&step=9', { stories })).toMatchObject({ story: 'growth', step: 3, year: null, types: ['cdta'] });
    expect(parseUrlState('?story=growth&step=x', { stories })).toMatchObject({ story: 'growth', step: 1, year: 1997 });
    expect(parseUrlState('?story=tales&step=2', { stories })).toMatchObject({ story: null, step: 1 });
    expect(parseUrlState('?story=goglobal', { stories })).toMatchObject({ story: null });
  });
});
