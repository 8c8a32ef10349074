/**
 * Pure codec between UiState and the query string. Only values that differ from the default are
 * written; each parameter is parsed on its own, so one bad value falls back to its default without
 * affecting the others.
 */
import type { Iso2 } from '../domain/primitives';
import { TIE_TYPES, isTieType, type TieType } from '../domain/tie-types';
import { DEFAULT_UI_STATE, PROJECTIONS, VIEWS, type Projection, type UiState, type View } from './ui-state';

type Parsed<T> = { ok: true; value: T } | { ok: false };
const invalid = { ok: false } as const;

function parseSelected(raw: string | null, known?: ReadonlySet<string>): Parsed<Iso2> {
  if (raw === null || !/^[A-Z]{2}$/.test(raw) || (known && !known.has(raw))) return invalid;
  return { ok: true, value: raw as Iso2 };
}

function parseOffice(raw: string | null, known?: ReadonlySet<string>): Parsed<string> {
  if (raw === null || !/^[a-z0-9-]{1,64}$/.test(raw) || (known && !known.has(raw))) return invalid;
  return { ok: true, value: raw };
}

function parseTypes(raw: string | null): Parsed<TieType[]> {
  if (raw === null) return invalid;
  if (raw === 'none') return { ok: true, value: [] };
  const parts = raw.split(',').filter(Boolean);
  if (parts.length === 0 || !parts.every(isTieType)) return invalid;
  // Canonical order, no repeats: the same selection always gives the same URL.
  return { ok: true, value: TIE_TYPES.filter((t) => parts.includes(t)) };
}

function parseOneOf<T extends string>(raw: string | null, values: readonly T[]): Parsed<T> {
  return raw !== null && (values as readonly string[]).includes(raw) ? { ok: true, value: raw as T } : invalid;
}

/** Map layers are on by default, so the URL only ever says `off`; `on` is accepted too. */
function parseSwitch(raw: string | null): Parsed<boolean> {
  return raw === 'on' || raw === 'off' ? { ok: true, value: raw === 'on' } : invalid;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const or = <T>(parsed: Parsed<T>, fallback: T): T => (parsed.ok ? parsed.value : fallback);

/**
 * @param knownEconomies - when given, an economy code not in it is dropped
 * @param knownOffices - when given, an office id not in it is dropped
 */
export function parseUrlState(search: string, knownEconomies?: ReadonlySet<string>, knownOffices?: ReadonlySet<string>): UiState {
  const params = new URLSearchParams(search);
  const d = DEFAULT_UI_STATE;
  return {
    selected: or<Iso2 | null>(parseSelected(params.get('economy'), knownEconomies), d.selected),
    office: or<string | null>(parseOffice(params.get('office'), knownOffices), d.office),
    types: or(parseTypes(params.get('types')), d.types),
    view: or<View>(parseOneOf(params.get('view'), VIEWS), d.view),
    arcs: or(parseSwitch(params.get('arcs')), d.arcs),
    offices: or(parseSwitch(params.get('offices')), d.offices),
    projection: or<Projection>(parseOneOf(params.get('projection'), PROJECTIONS), d.projection),
  };
}

export function serializeUrlState(state: UiState): string {
  const d = DEFAULT_UI_STATE;
  const params = new URLSearchParams();
  if (state.selected) params.set('economy', state.selected);
  if (state.office) params.set('office', state.office);
  if (!sameList(state.types, d.types)) params.set('types', state.types.length ? state.types.join(',') : 'none');
  if (state.view !== d.view) params.set('view', state.view);
  if (state.arcs !== d.arcs) params.set('arcs', state.arcs ? 'on' : 'off');
  if (state.offices !== d.offices) params.set('offices', state.offices ? 'on' : 'off');
  if (state.projection !== d.projection) params.set('projection', state.projection);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
