/**
 * What the interface can do to the UI state: plain functions on the store (no actions inside it),
 * imported where they are called. Each is one update, so a discrete action is one history entry.
 */
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
import { pick, useUiStore } from './ui-store';

const set = useUiStore.setState;

/** The list with `item` added or removed; an added item takes its place in `order`, so lists stay in one order. */
export const toggled = <T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));

/** Opens an economy's panel (or none); an open office panel gives way to it. */
export const select = (selected: Iso2 | null) => set({ selected, office: null });
/** Opens an office's panel (or none); an open economy panel gives way to it. */
export const selectOffice = (office: string | null) => set({ office, selected: null });
/** Closes whichever panel is open: the office's, or the economy's. */
export const closePanel = () => (useUiStore.getState().office ? selectOffice(null) : select(null));
/** Chooses a mission (or none) in the tracker. */
export const setMission = (mission: string | null) => set({ mission });

export const toggleType = (type: TieType) => set((s) => ({ types: toggled(s.types, type, TIE_TYPES) }));
/** Sets the any / must / not rule of one tie type (null for "any"). */
export const setTypeRule = (type: TieType, rule: TypeRule | null) =>
  set((s) => {
    const typeRules = { ...s.typeRules };
    if (rule) typeRules[type] = rule;
    else delete typeRules[type];
    return { typeRules };
  });
export const toggleStatus = (status: Status) => set((s) => ({ statuses: toggled(s.statuses, status, STATUSES) }));
export const setRegion = (region: string | null) => set({ region });
export const setGrouping = (grouping: string | null) => set({ grouping });
export const setBeltAndRoadOnly = (beltAndRoadOnly: boolean) => set({ beltAndRoadOnly });
export const setHasOfficeOnly = (hasOfficeOnly: boolean) => set({ hasOfficeOnly });
export const setOfficialOnly = (officialOnly: boolean) => set({ officialOnly });
/** Back to the default filters; keeps the selection and the view. */
export const resetFilters = () => set(pick(DEFAULT_UI_STATE, FILTER_KEYS));

/** The network at the end of `year` (null: today). A span start after it no longer makes sense and is dropped. */
export const setYear = (year: number | null) =>
  set((s) => ({ year, yearFrom: year === null || (s.yearFrom !== null && s.yearFrom > year) ? null : s.yearFrom }));
/** A span from brushing the timeline: the map shows the network at its end. */
export const setYearSpan = (from: number, to: number) => set({ yearFrom: Math.min(from, to), year: Math.max(from, to) });
export const setCountRule = (countRule: CountRule) => set({ countRule });
export const setBasis = (basis: DateBasis) => set({ basis });

export const setView = (view: View) => set({ view });
export const setTableOf = (tableOf: TableOf) => set({ tableOf });
export const setLang = (lang: Locale) => set({ lang });
export const setArcs = (arcs: boolean) => set({ arcs });
export const setOffices = (offices: boolean) => set({ offices });
export const setProjection = (projection: Projection) => set({ projection });

/** Adds economies to the comparison (a grouping's members in one action), once each, never the hub, up to COMPARE_MAX. */
export const addToCompare = (codes: readonly Iso2[]) =>
  set((s) => ({
    compare: [...s.compare, ...codes.filter((c, i) => c !== 'HK' && !s.compare.includes(c) && codes.indexOf(c) === i)].slice(
      0,
      COMPARE_MAX,
    ),
  }));
export const removeFromCompare = (iso2: Iso2) => set((s) => ({ compare: s.compare.filter((c) => c !== iso2) }));
export const toggleCompare = (iso2: Iso2) =>
  useUiStore.getState().compare.includes(iso2) ? removeFromCompare(iso2) : addToCompare([iso2]);
export const clearCompare = () => set({ compare: [] });

/** Shows a story's step and the view it sets (year, tie types), in one history entry. */
export const showStoryStep = (story: StoryId, step: number, view: { year: number | null; types: TieType[] }) =>
  set({ story, step, year: view.year, yearFrom: null, types: view.types });
/** Leaves the story; the view it set stays, to explore from there. */
export const closeStory = () => set({ story: null, step: 1 });

/** Replaces the whole state, e.g. from the URL on back/forward. */
export const restore = (state: UiState) => set(state, true);
