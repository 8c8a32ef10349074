import { beforeEach, describe, expect, it } from 'vitest';
import { iso2 } from '../domain/primitives';
import { STATUSES } from '../domain/statuses';
import { TIE_TYPES } from '../domain/tie-types';
import {
  addToCompare,
  closePanel,
  resetFilters,
  restore,
  select,
  selectOffice,
  setGrouping,
  setYear,
  setYearSpan,
  showStoryStep,
  toggleCompare,
  toggleStatus,
  toggleType,
  toggled,
} from './ui-actions';
import { COMPARE_MAX, DEFAULT_UI_STATE } from './ui-state';
import { getUiState, useUiStore } from './ui-store';

const codes = (...c: string[]) => c.map(iso2);

// Each test starts from the default state: the store is one module-level object.
beforeEach(() => restore({ ...DEFAULT_UI_STATE }));

describe('toggled', () => {
  it('removes an item that is there', () => {
    expect(toggled(['b', 'a'], 'a', ['a', 'b', 'c'])).toEqual(['b']);
  });

  it('adds an item in its place in the order, whatever order the list was in', () => {
    expect(toggled(['c', 'a'], 'b', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('ui actions', () => {
  it('toggles a tie type off and back into its place among the shown types', () => {
    const first = getUiState().types[0];
    toggleType(first);
    expect(getUiState().types).not.toContain(first);
    toggleType(first);
    expect(getUiState().types).toEqual(DEFAULT_UI_STATE.types);
    expect(TIE_TYPES.filter((t) => getUiState().types.includes(t))).toEqual(getUiState().types);
  });

  it('toggles a status back into the statuses order', () => {
    toggleStatus(STATUSES[0]);
    toggleStatus(STATUSES[0]);
    expect(getUiState().statuses).toEqual([...STATUSES]);
  });

  it('keeps the span start when the year moves after it, and drops it when the year moves before it or to today', () => {
    setYearSpan(2015, 2005);
    expect(getUiState()).toMatchObject({ yearFrom: 2005, year: 2015 });
    setYear(2010);
    expect(getUiState()).toMatchObject({ yearFrom: 2005, year: 2010 });
    setYear(2001);
    expect(getUiState()).toMatchObject({ yearFrom: null, year: 2001 });
    setYearSpan(2000, 2010);
    setYear(null);
    expect(getUiState()).toMatchObject({ yearFrom: null, year: null });
  });

  it('adds to the comparison once each, never the hub, and no more than COMPARE_MAX', () => {
    addToCompare(codes('AU', 'HK', 'AU', 'NZ'));
    expect(getUiState().compare).toEqual(codes('AU', 'NZ'));
    addToCompare(codes('NZ', 'SG', 'JP', 'KR', 'TH', 'VN', 'MY'));
    expect(getUiState().compare).toEqual(codes('AU', 'NZ', 'SG', 'JP', 'KR', 'TH'));
    expect(getUiState().compare).toHaveLength(COMPARE_MAX);
  });

  it('toggles one economy in and out of the comparison', () => {
    toggleCompare(iso2('AU'));
    toggleCompare(iso2('NZ'));
    toggleCompare(iso2('AU'));
    expect(getUiState().compare).toEqual(codes('NZ'));
  });

  it('resets the filters and keeps the selection, the comparison and the view', () => {
    select(iso2('AU'));
    addToCompare(codes('NZ'));
    toggleType(DEFAULT_UI_STATE.types[0]);
    setGrouping('asean');
    setYearSpan(2000, 2010);
    restore({ ...getUiState(), view: 'table' });
    resetFilters();
    const s = getUiState();
    expect(s).toMatchObject({ types: DEFAULT_UI_STATE.types, grouping: null, year: null, yearFrom: null });
    expect(s).toMatchObject({ selected: 'AU', compare: ['NZ'], view: 'table' });
  });

  it('opens one panel at a time and closes the one that is open', () => {
    select(iso2('AU'));
    selectOffice('london');
    expect(getUiState()).toMatchObject({ selected: null, office: 'london' });
    closePanel();
    expect(getUiState()).toMatchObject({ selected: null, office: null });
    select(iso2('AU'));
    closePanel();
    expect(getUiState().selected).toBeNull();
  });

  it('shows a story step with its year and types in one update, and a span start gives way', () => {
    setYearSpan(2000, 2010);
    let updates = 0;
    const stop = useUiStore.subscribe(() => updates++);
    showStoryStep('growth', 2, { year: 2005, types: ['fta'] });
    stop();
    expect(updates).toBe(1);
    expect(getUiState()).toMatchObject({ story: 'growth', step: 2, year: 2005, yearFrom: null, types: ['fta'] });
  });

  it('restores a whole state, replacing every key', () => {
    const next = { ...DEFAULT_UI_STATE, selected: iso2('JP'), view: 'about' as const };
    restore(next);
    expect(getUiState()).toEqual(next);
  });
});
