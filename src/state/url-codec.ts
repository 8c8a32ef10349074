/**
 * Pure codec between UiState and the query string. Only values that differ from the default are
 * written; each parameter is parsed on its own, so one bad value falls back to its default without
 * affecting the others.
 */
import { isLocale, type Locale } from '../domain/locales';
import type { Iso2 } from '../domain/primitives';
import type { TieType } from '../domain/tie-types';
import { parseStory } from './url-params';
import { DEFAULT_UI_STATE, PROJECTIONS, TABLES, type Projection, type TableOf, type UiState } from './ui-state';
import {
  parseBasis,
  parseCompare,
  parseEmbed,
  parseFlag,
  parseEconomy,
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
  known?: ReadonlySet<Iso2>;
  /** Region and subregion names that exist in the data. */
  regions?: ReadonlySet<string>;
  /** The last year the slider offers (the data's as-of year). */
  lastYear?: number;
  /** The language to use when the URL names none: the browser's, on a first visit. */
  browserLang?: Locale;
  /** Offices that exist in the data: an unknown id falls back to no open office. */
  knownOffices?: ReadonlySet<string>;
  /** Groupings that exist in the data: an unknown id falls back to none. */
  knownGroupings?: ReadonlySet<string>;
  /** Missions that exist in the data: an unknown id falls back to none. */
  knownMissions?: ReadonlySet<string>;
  /** The view each story step sets, by story: `story=growth&step=3` opens that step with its view. */
  stories?: ReadonlyMap<string, readonly { year: number | null; types: TieType[] }[]>;
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

/** Map layers are on by default, so the URL only ever says `off`; `on` is accepted too. */
const parseSwitch = (raw: string): boolean | undefined => (raw === 'on' ? true : raw === 'off' ? false : undefined);

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
  const selected = get('economy', parseEconomy, null);
  const office = get('office', (raw) => (/^[a-z0-9-]{1,64}$/.test(raw) ? raw : undefined), null);
  const region = get('region', parseRegion, null);
  const mission = get('mission', (raw) => (/^[a-z0-9-]{1,64}$/.test(raw) ? raw : undefined), null);
  const grouping = get('group', (raw) => (/^[a-z0-9-]{1,32}$/.test(raw) ? raw : undefined), null);
  const story = parseStory(params.get('story'), params.get('step'), context.stories);
  const state: UiState = {
    selected: selected && (!context.known || context.known.has(selected)) ? selected : d.selected,
    office: office && (!context.knownOffices || context.knownOffices.has(office)) ? office : d.office,
    types: get('types', parseTypes, d.types),
    typeRules: parseTypeRules(params.get('must'), params.get('not')) ?? d.typeRules,
    statuses: get('status', parseStatuses, d.statuses),
    region: region && (!context.regions || context.regions.has(region)) ? region : d.region,
    mission: mission && (!context.knownMissions || context.knownMissions.has(mission)) ? mission : d.mission,
    grouping: grouping && (!context.knownGroupings || context.knownGroupings.has(grouping)) ? grouping : d.grouping,
    beltAndRoadOnly: get('bri', parseFlag, d.beltAndRoadOnly),
    hasOfficeOnly: get('hasoffice', parseFlag, d.hasOfficeOnly),
    officialOnly: get('sources', (raw) => (raw === 'official' ? true : raw === 'all' ? false : undefined), d.officialOnly),
    ...parseYears(params, context.lastYear ?? new Date().getUTCFullYear()),
    countRule: get('count', (raw) => (raw === 'agreement' ? 'agreement' : raw === 'partner' ? 'partner' : undefined), d.countRule),
    basis: get('basis', parseBasis, d.basis),
    view: get('view', parseView, d.view),
    tableOf: get('table', (raw) => ((TABLES as readonly string[]).includes(raw) ? (raw as TableOf) : undefined), d.tableOf),
    lang: get('lang', (raw) => (isLocale(raw) ? raw : undefined), context.browserLang ?? d.lang),
    arcs: get('arcs', parseSwitch, d.arcs),
    offices: get('offices', parseSwitch, d.offices),
    projection: get(
      'projection',
      (raw) => ((PROJECTIONS as readonly string[]).includes(raw) ? (raw as Projection) : undefined),
      d.projection,
    ),
    compare: get('compare', (raw) => parseCompare(raw, context.known), d.compare),
    story: story?.story ?? d.story,
    step: story?.step ?? d.step,
    embed: parseEmbed(params.get('embed'), params.get('chart')),
  };
  // A story step's address opens that step's view: its year and tie types.
  return story?.view ? { ...state, year: story.view.year, yearFrom: null, types: story.view.types } : state;
}

export function serializeUrlState(state: UiState): string {
  const d = DEFAULT_UI_STATE;
  const params = new URLSearchParams();
  if (state.selected) params.set('economy', state.selected);
  if (state.office) params.set('office', state.office);
  if (state.mission) params.set('mission', state.mission);
  if (!sameList(state.types, d.types)) params.set('types', writeList(state.types));
  const must = rulesOf(state.typeRules, 'must');
  const not = rulesOf(state.typeRules, 'not');
  if (must.length) params.set('must', must.join(','));
  if (not.length) params.set('not', not.join(','));
  if (!sameList(state.statuses, d.statuses)) params.set('status', writeList(state.statuses));
  if (state.region) params.set('region', state.region);
  if (state.grouping) params.set('group', state.grouping);
  if (state.beltAndRoadOnly) params.set('bri', '1');
  if (state.hasOfficeOnly) params.set('hasoffice', '1');
  if (state.officialOnly) params.set('sources', 'official');
  if (state.yearFrom !== null && state.year !== null) params.set('years', `${state.yearFrom}..${state.year}`);
  else if (state.year !== null) params.set('year', String(state.year));
  if (state.countRule !== d.countRule) params.set('count', state.countRule);
  if (state.basis !== d.basis) params.set('basis', state.basis);
  if (state.view !== d.view) params.set('view', state.view);
  if (state.tableOf !== d.tableOf) params.set('table', state.tableOf);
  if (state.lang !== d.lang) params.set('lang', state.lang);
  if (state.arcs !== d.arcs) params.set('arcs', state.arcs ? 'on' : 'off');
  if (state.offices !== d.offices) params.set('offices', state.offices ? 'on' : 'off');
  if (state.projection !== d.projection) params.set('projection', state.projection);
  if (state.compare.length) params.set('compare', state.compare.join(','));
  if (state.story) {
    params.set('story', state.story);
    params.set('step', String(state.step));
  }
  if (state.embed) params.set('embed', '1');
  if (state.embed && state.embed !== 'map') params.set('chart', state.embed);
  const text = params.toString().replace(/%2C/g, ',').replace(/\+/g, '%20');
  return text ? `?${text}` : '';
}
