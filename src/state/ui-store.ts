import { create } from 'zustand';
import type { Iso2 } from '../domain/primitives';
import { STATUSES, type Status } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import type { Locale } from '../domain/locales';
import type { StoryId } from '../domain/stories';
import type { CountRule, DateBasis } from '../domain/time-axis';
import {
  COMPARE_MAX,
  DEFAULT_UI_STATE,
  FILTER_KEYS,
  type Projection,
  type TableOf,
  type TypeRule,
  type UiState,
  type View,
} from './ui-state';

interface UiActions {
  /** Opens an economy's panel (or none); an open office panel gives way to it. */
  select: (iso2: Iso2 | null) => void;
  /** Opens an office's panel (or none); an open economy panel gives way to it. */
  selectOffice: (officeId: string | null) => void;
  /** Chooses a mission (or none) in the tracker. */
  setMission: (missionId: string | null) => void;
  toggleType: (type: TieType) => void;
  /** Sets the any / must / not rule of one tie type (null for "any"). */
  setTypeRule: (type: TieType, rule: TypeRule | null) => void;
  toggleStatus: (status: Status) => void;
  setRegion: (region: string | null) => void;
  setGrouping: (grouping: string | null) => void;
  setBeltAndRoadOnly: (on: boolean) => void;
  setHasOfficeOnly: (on: boolean) => void;
  setOfficialOnly: (on: boolean) => void;
  setYear: (year: number | null) => void;
  /** A span from brushing the timeline: the map shows the network at its end. */
  setYearSpan: (from: number, to: number) => void;
  setCountRule: (rule: CountRule) => void;
  setBasis: (basis: DateBasis) => void;
  setView: (view: View) => void;
  setTableOf: (tableOf: TableOf) => void;
  setLang: (lang: Locale) => void;
  /** Back to the default filters; keeps the selection and the view. */
  resetFilters: () => void;
  setArcs: (show: boolean) => void;
  setOffices: (show: boolean) => void;
  setProjection: (projection: Projection) => void;
  /** Adds economies to the comparison (a grouping's members in one action), up to COMPARE_MAX. */
  addToCompare: (codes: readonly Iso2[]) => void;
  removeFromCompare: (iso2: Iso2) => void;
  clearCompare: () => void;
  /** Shows a story's step and the view it sets (year, tie types), in one history entry. */
  showStoryStep: (story: StoryId, step: number, view: { year: number | null; types: TieType[] }) => void;
  /** Leaves the story; the view it set stays, to explore from there. */
  closeStory: () => void;
  /** Replaces the whole state, e.g. from the URL on back/forward. */
  restore: (state: UiState) => void;
}

const toggled = <T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));

export const useUiStore = create<UiState & UiActions>()((set) => ({
  ...DEFAULT_UI_STATE,
  select: (selected) => set({ selected, office: null }),
  selectOffice: (office) => set({ office, selected: null }),
  setMission: (mission) => set({ mission }),
  toggleType: (type) => set((s) => ({ types: toggled(s.types, type, TIE_TYPES) })),
  setTypeRule: (type, rule) =>
    set((s) => {
      const typeRules = { ...s.typeRules };
      if (rule) typeRules[type] = rule;
      else delete typeRules[type];
      return { typeRules };
    }),
  toggleStatus: (status) => set((s) => ({ statuses: toggled(s.statuses, status, STATUSES) })),
  setRegion: (region) => set({ region }),
  setGrouping: (grouping) => set({ grouping }),
  setBeltAndRoadOnly: (beltAndRoadOnly) => set({ beltAndRoadOnly }),
  setHasOfficeOnly: (hasOfficeOnly) => set({ hasOfficeOnly }),
  setOfficialOnly: (officialOnly) => set({ officialOnly }),
  setYear: (year) => set((s) => ({ year, yearFrom: year === null || (s.yearFrom !== null && s.yearFrom > year) ? null : s.yearFrom })),
  setYearSpan: (from, to) => set({ yearFrom: Math.min(from, to), year: Math.max(from, to) }),
  setCountRule: (countRule) => set({ countRule }),
  setBasis: (basis) => set({ basis }),
  setView: (view) => set({ view }),
  setTableOf: (tableOf) => set({ tableOf }),
  setLang: (lang) => set({ lang }),
  setArcs: (arcs) => set({ arcs }),
  setOffices: (offices) => set({ offices }),
  setProjection: (projection) => set({ projection }),
  resetFilters: () => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_UI_STATE[k]])) as Partial<UiState>),
  addToCompare: (codes) =>
    set((s) => ({
      compare: [...s.compare, ...codes.filter((c, i) => c !== 'HK' && !s.compare.includes(c) && codes.indexOf(c) === i)].slice(
        0,
        COMPARE_MAX,
      ),
    })),
  removeFromCompare: (iso2) => set((s) => ({ compare: s.compare.filter((c) => c !== iso2) })),
  clearCompare: () => set({ compare: [] }),
  showStoryStep: (story, step, view) => set({ story, step, year: view.year, yearFrom: null, types: view.types }),
  closeStory: () => set({ story: null, step: 1 }),
  restore: (state) => set(state),
}));

export function pickUiState(s: UiState): UiState {
  return {
    selected: s.selected,
    office: s.office,
    embed: s.embed,
    mission: s.mission,
    types: s.types,
    typeRules: s.typeRules,
    statuses: s.statuses,
    region: s.region,
    grouping: s.grouping,
    beltAndRoadOnly: s.beltAndRoadOnly,
    hasOfficeOnly: s.hasOfficeOnly,
    officialOnly: s.officialOnly,
    year: s.year,
    yearFrom: s.yearFrom,
    countRule: s.countRule,
    basis: s.basis,
    view: s.view,
    tableOf: s.tableOf,
    lang: s.lang,
    arcs: s.arcs,
    offices: s.offices,
    projection: s.projection,
    compare: s.compare,
    story: s.story,
    step: s.step,
  };
}
