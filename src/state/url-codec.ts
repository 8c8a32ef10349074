/**
 * Pure codec between UiState and the query string. Only values that differ from the default are
 * written; each parameter is parsed on its own, so one bad value falls back to its default without
 * affecting the others.
 */
import type { Iso2 } from '../domain/primitives';
import { TIE_TYPES, isTieType, type TieType } from '../domain/tie-types';
import { DEFAULT_UI_STATE, VIEWS, type UiState, type View } from './ui-state';

type Parsed<T> = { ok: true; value: T } | { ok: false };

function parseSelected(raw: string | null): Parsed<Iso2 | null> {
  if (raw === null) return { ok: false };
  return /^[A-Z]{2}$/.test(raw) ? { ok: true, value: raw as Iso2 } : { ok: false };
}

function parseTypes(raw: string | null): Parsed<TieType[]> {
  if (raw === null) return { ok: false };
  if (raw === 'none') return { ok: true, value: [] };
  const parts = raw.split(',').filter(Boolean);
  if (parts.length === 0 || !parts.every(isTieType)) return { ok: false };
  // Canonical order, no repeats: the same selection always gives the same URL.
  return { ok: true, value: TIE_TYPES.filter((t) => parts.includes(t)) };
}

function parseView(raw: string | null): Parsed<View> {
  return raw !== null && (VIEWS as readonly string[]).includes(raw) ? { ok: true, value: raw as View } : { ok: false };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function parseUrlState(search: string, known?: ReadonlySet<string>): UiState {
  const params = new URLSearchParams(search);
  const selected = parseSelected(params.get('economy'));
  const types = parseTypes(params.get('types'));
  const view = parseView(params.get('view'));
  return {
    selected: selected.ok && (!known || (selected.value && known.has(selected.value))) ? selected.value : DEFAULT_UI_STATE.selected,
    types: types.ok ? types.value : DEFAULT_UI_STATE.types,
    view: view.ok ? view.value : DEFAULT_UI_STATE.view,
  };
}

export function serializeUrlState(state: UiState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('economy', state.selected);
  if (!sameList(state.types, DEFAULT_UI_STATE.types)) params.set('types', state.types.length ? state.types.join(',') : 'none');
  if (state.view !== DEFAULT_UI_STATE.view) params.set('view', state.view);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
