import { useMemo } from 'react';
import { localeFromBrowser } from '../domain/locales';
import type { Atlas, Economy, Grouping, Office } from '../domain/records';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { type HeadlineCheck, headlineChecks } from '../selectors/headline-counts';
import { type RegionOption, regionOptions } from '../selectors/regions';
import { storyViews } from '../selectors/stories';
import type { UrlContext } from '../state/url-codec';

/** What depends on the loaded atlas alone: built once per load (or per "official sources only" switch), never per input. */
export interface StableView {
  economyByCode: ReadonlyMap<string, Economy>;
  /** Tie types the data has at least one tie of. */
  availableTypes: TieType[];
  /** The official totals reproduced from the records (today's). */
  checks: HeadlineCheck[];
  /** The year of the data's as-of date: the time bar's end. */
  lastYear: number;
  /** Economies with at least one tie, by English name. */
  partners: Economy[];
  /** What the search finds: Hong Kong (the hub) first, then every partner; the groupings (and bloc names); the offices. */
  searchIndex: { economies: Economy[]; groupings: Grouping[]; offices: Office[] };
  regions: RegionOption[];
  /** Which economies, regions, offices… exist: what the URL may select. */
  urlContext: UrlContext;
}

export function stableView(atlas: Atlas): StableView {
  const partnerCodes = new Set(atlas.ties.map((t) => t.partner));
  const partners = atlas.economies.filter((e) => partnerCodes.has(e.iso2)).sort((a, b) => a.names.en.localeCompare(b.names.en));
  const regions = regionOptions(partners);
  const lastYear = Number(atlas.asOf.slice(0, 4));
  const urlContext: UrlContext = {
    known: new Set(atlas.economies.map((e) => e.iso2)),
    regions: new Set(regions.flatMap((r) => [r.region, ...r.subregions])),
    lastYear,
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
    lastYear,
    partners,
    searchIndex: { economies: [...hub, ...partners], groupings: atlas.groupings, offices: atlas.offices },
    regions,
    urlContext,
  };
}

export const useStableView = (atlas: Atlas | undefined): StableView | null => useMemo(() => (atlas ? stableView(atlas) : null), [atlas]);
