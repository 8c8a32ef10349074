import { storyViews } from '../selectors/stories';
import { useMemo } from 'react';
import type { Iso2 } from '../domain/primitives';
import type { Atlas } from '../domain/records';
import { TIE_TYPES } from '../domain/tie-types';
import type { UiState } from '../state/ui-state';
import type { UrlContext } from '../state/url-codec';
import { formatters } from '../i18n/format';
import { localeFromBrowser } from '../domain/locales';
import { countsByType, cumulativeTimeline } from '../selectors/chart-series';
import { pipelineByType } from '../selectors/pipeline';
import { timelineEvents } from '../selectors/timeline-events';
import { applyFilters } from '../selectors/filter-ties';
import { checksAtYearEnd, headlineChecks } from '../selectors/headline-counts';
import { economyRows } from '../selectors/economy-rows';
import { mapFeatureStates } from '../selectors/map-feature-states';
import { partnerProfile } from '../selectors/partner-profile';
import { summarisePartners } from '../selectors/partner-summaries';
import { regionOptions } from '../selectors/regions';
import { coveredButNotShown } from '../selectors/office-coverage';

/**
 * Derives every view model from the loaded atlas and the UI state; nothing derived is stored.
 * The timeline is derived only `withCharts` (after the first view is ready): it is the costliest
 * series, and nothing before the charts needs it.
 */
export function useAtlasView(atlas: Atlas | undefined, ui: UiState, withCharts: boolean) {
  const { types, typeRules, statuses, region, grouping, beltAndRoadOnly, hasOfficeOnly, year, yearFrom, basis, countRule } = ui;
  const filtered = useMemo(
    () =>
      atlas
        ? applyFilters(atlas, { types, typeRules, statuses, region, grouping, beltAndRoadOnly, hasOfficeOnly, year, basis })
        : { ties: [], economies: new Set<Iso2>() },
    [atlas, types, typeRules, statuses, region, grouping, beltAndRoadOnly, hasOfficeOnly, year, basis],
  );
  const summaries = useMemo(() => summarisePartners(filtered.ties), [filtered]);
  // With "covered by an office" on: the covered economies it leaves out, so the panel can say why.
  const coveredNotShown = useMemo(
    () => (atlas && hasOfficeOnly ? coveredButNotShown(atlas.offices, year, filtered.economies) : []),
    [atlas, hasOfficeOnly, year, filtered],
  );
  const featureStates = useMemo(() => mapFeatureStates(summaries), [summaries]);
  const counts = useMemo(() => countsByType(filtered.ties, types), [filtered, types]);
  const pipeline = useMemo(() => pipelineByType(filtered.ties, types), [filtered, types]);
  // The timeline spans the whole history, whatever the year, so the brush can move anywhere.
  const timeline = useMemo(() => {
    if (!atlas || !withCharts) return null;
    // With no year chosen the map's filtered ties already are the whole history: reuse them.
    const ties =
      year === null
        ? filtered.ties
        : applyFilters(atlas, { types, typeRules, statuses, region, grouping, beltAndRoadOnly, hasOfficeOnly, year: null, basis }).ties;
    const lastYear = Number(atlas.asOf.slice(0, 4));
    const { rows, undated, undatedTotal } = cumulativeTimeline(ties, types, basis, lastYear, countRule);
    const first = rows[0]?.year ?? lastYear;
    const span = { from: Math.max(first, yearFrom ?? first), to: year ?? lastYear };
    return { ties, rows, undated, undatedTotal, span, events: timelineEvents(atlas, span.from, span.to) };
  }, [
    atlas,
    withCharts,
    filtered,
    types,
    typeRules,
    statuses,
    region,
    grouping,
    beltAndRoadOnly,
    hasOfficeOnly,
    year,
    yearFrom,
    basis,
    countRule,
  ]);
  const rows = useMemo(
    () => (atlas ? economyRows(atlas.economies, filtered.ties, formatters(ui.lang).economyName) : []),
    [atlas, filtered, ui.lang],
  );
  const profile = useMemo(
    () => (atlas && ui.selected ? partnerProfile(atlas, filtered.ties, ui.selected) : null),
    [atlas, filtered, ui.selected],
  );

  const stable = useMemo(() => {
    if (!atlas) return null;
    const partnerCodes = new Set(atlas.ties.map((t) => t.partner));
    const partners = atlas.economies.filter((e) => partnerCodes.has(e.iso2)).sort((a, b) => a.names.en.localeCompare(b.names.en));
    const regions = regionOptions(partners);
    const urlContext: UrlContext = {
      known: new Set(atlas.economies.map((e) => e.iso2)),
      regions: new Set(regions.flatMap((r) => [r.region, ...r.subregions])),
      lastYear: Number(atlas.asOf.slice(0, 4)),
      browserLang: localeFromBrowser(navigator.languages ?? [navigator.language]),
      knownOffices: new Set(atlas.offices.map((o) => o.officeId)),
      knownGroupings: new Set(atlas.groupings.map((g) => g.groupingId)),
      knownMissions: new Set(atlas.missions.map((x) => x.missionId)),
      stories: storyViews(atlas),
    };
    const hub = atlas.economies.filter((e) => e.iso2 === 'HK');
    return {
      economyByCode: new Map(atlas.economies.map((e) => [e.iso2, e])),
      availableTypes: TIE_TYPES.filter((t) => atlas.ties.some((x) => x.tieType === t)),
      checks: headlineChecks(atlas),
      lastYear: Number(atlas.asOf.slice(0, 4)),
      partners,
      /** What the search offers: Hong Kong (the hub) first, then every partner. */
      searchable: [...hub, ...partners],
      /** What the search finds: those economies, the groupings (and bloc names), and the offices. */
      searchIndex: { economies: [...hub, ...partners], groupings: atlas.groupings, offices: atlas.offices },
      regions,
      urlContext,
    };
  }, [atlas]);

  // The network panel's counts follow the year on the time bar (the official statements do not).
  const checks = useMemo(() => (atlas && stable ? checksAtYearEnd(atlas, stable.checks, year) : []), [atlas, stable, year]);

  // One object per distinct result, so components memoised on it skip renders that change nothing for them.
  return useMemo(
    () => ({
      checks,
      coveredNotShown,
      ties: filtered.ties,
      matching: filtered.economies.size,
      summaries,
      featureStates,
      counts,
      pipeline,
      timeline,
      economyRows: rows,
      profile,
      stable,
    }),
    [checks, coveredNotShown, filtered, summaries, featureStates, counts, pipeline, timeline, rows, profile, stable],
  );
}
