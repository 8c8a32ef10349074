/**
 * Pure codec between UiState and the query string. Only values that differ from the default are
 * written; each parameter is parsed on its own, so one bad value falls back to its default without
 * affecting the others.
 */
import { isLocale, type Locale } from '../i18n/locales';
import { DEFAULT_UI_STATE, type UiState } from './ui-state';
import {
  parseBasis,
  parseFlag,
  parseIso2,
  parseRegion,
  parseStatuses,
  parseTypeRules,
  parseTypes,
  parseView,
  parseYear,
  rulesOf,
  writeList,
} from './url-params';

export interface UrlContext {
  /** Economies that exist in the data: an unknown code falls back to no selection. */
  known?: ReadonlySet<string>;
  /** Region and subregion names that exist in the data. */
  regions?: ReadonlySet<string>;
  /** The last year the slider offers (the data's as-of year). */
  lastYear?: number;
  /** The language to use when the URL names none: the browser's, on a first visit. */
  browserLang?: Locale;
}

/** `years=2010..2020` (a span, as brushing sets it) or `year=2015` (the slider alone). */
function parseYears(params: URLSearchParams, lastYear: number): Pick<UiState, 'year' | 'yearFrom'> {
  const span = params.get('years');
  if (span !== null) {
    const m = /^(\d{4})\.\.(\d{4})$/.exec(span);
    const from = m ? parseYear(m[1], lastYear) : undefined;
    const to = m ? parseYear(m[2], lastYear) : undefined;
    if (from !== undefined && to !== undefined && from <= to) return { yearFrom: from, year: to };
  }
  const year = params.get('year');
  const parsed = year === null ? undefined : parseYear(year, lastYear);
  return { yearFrom: null, year: parsed ?? null };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function parseUrlState(search: string, context: UrlContext = {}): UiState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_UI_STATE;
  }
  const d = DEFAULT_UI_STATE;
  const get = <T>(name: string, parse: (raw: string) => T | undefined, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parse(raw);
    return value === undefined ? fallback : value;
  };
  const selected = get('economy', parseIso2, null);
  const region = get('region', parseRegion, null);
  return {
    selected: selected && (!context.known || context.known.has(selected)) ? (selected as UiState['selected']) : d.selected,
    types: get('types', parseTypes, d.types),
    typeRules: parseTypeRules(params.get('must'), params.get('not')) ?? d.typeRules,
    statuses: get('status', parseStatuses, d.statuses),
    region: region && (!context.regions || context.regions.has(region)) ? region : d.region,
    beltAndRoadOnly: get('bri', parseFlag, d.beltAndRoadOnly),
    hasOfficeOnly: get('office', parseFlag, d.hasOfficeOnly),
    ...parseYears(params, context.lastYear ?? new Date().getUTCFullYear()),
    countRule: get('count', (raw) => (raw === 'agreement' ? 'agreement' : raw === 'partner' ? 'partner' : undefined), d.countRule),
    basis: get('basis', parseBasis, d.basis),
    view: get('view', parseView, d.view),
    lang: get('lang', (raw) => (isLocale(raw) ? raw : undefined), context.browserLang ?? d.lang),
  };
}

export function serializeUrlState(state: UiState): string {
  const d = DEFAULT_UI_STATE;
  const params = new URLSearchParams();
  if (state.selected) params.set('economy', state.selected);
  if (!sameList(state.types, d.types)) params.set('types', writeList(state.types));
  const must = rulesOf(state.typeRules, 'must');
  const not = rulesOf(state.typeRules, 'not');
  if (must.length) params.set('must', must.join(','));
  if (not.length) params.set('not', not.join(','));
  if (!sameList(state.statuses, d.statuses)) params.set('status', writeList(state.statuses));
  if (state.region) params.set('region', state.region);
  if (state.beltAndRoadOnly) params.set('bri', '1');
  if (state.hasOfficeOnly) params.set('office', '1');
  if (state.yearFrom !== null && state.year !== null) params.set('years', `${state.yearFrom}..${state.year}`);
  else if (state.year !== null) params.set('year', String(state.year));
  if (state.countRule !== d.countRule) params.set('count', state.countRule);
  if (state.basis !== d.basis) params.set('basis', state.basis);
  if (state.view !== d.view) params.set('view', state.view);
  if (state.lang !== d.lang) params.set('lang', state.lang);
  const text = params.toString().replace(/%2C/g, ',').replace(/\+/g, '%20');
  return text ? `?${text}` : '';
}
