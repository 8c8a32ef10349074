import { useMemo } from 'react';
import type { Iso2 } from '../domain/primitives';
import type { Atlas, Tie } from '../domain/records';
import type { Locale } from '../domain/locales';
import { formatters } from '../i18n/format';
import { type FilterResult, type FilterState, applyFilters } from '../selectors/filter-ties';
import { type HeadlineCheck, checksAtYearEnd } from '../selectors/headline-counts';
import { type EconomyRow, economyRows } from '../selectors/economy-rows';
import { type EconomyFeatureState, mapFeatureStates } from '../selectors/map-feature-states';
import { type PartnerProfile, partnerProfile } from '../selectors/partner-profile';
import { type PartnerSummary, summarisePartners } from '../selectors/partner-summaries';
import { coveredButNotShown } from '../selectors/office-coverage';
import { type TieNumbers, numberTies } from '../selectors/tie-numbers';
import type { StableView } from './stable-view';

/** What follows the filters at once (map, filters, panel, table): derived per input, nothing stored. */
export interface AtlasView {
  /** The ties the filters keep, as they stood in the chosen year. */
  ties: Tie[];
  /** Their agreements' and partners' numbers, for the network panel's counts. */
  tieNumbers: TieNumbers;
  /** How many economies match. */
  matching: number;
  summaries: ReadonlyMap<Iso2, PartnerSummary>;
  featureStates: ReadonlyMap<Iso2, EconomyFeatureState>;
  /** With "covered by an office" on: the covered economies it leaves out, by name, so the panel can say why. */
  coveredNotShown: string[];
  economyRows: EconomyRow[];
  /** The selected partner's panel, or null. */
  profile: PartnerProfile | null;
  /** The network panel's counts at the end of the time bar's year (the official statements do not move). */
  checks: HeadlineCheck[];
}

const NO_MATCHES: FilterResult = { ties: [], numbers: numberTies([]), economies: new Set<Iso2>() };
// One result per atlas and filter state: the charts' deferred render asks for the filter state the
// input's render has just filtered (the same object, see useUiPick), and gets it without filtering again.
const filtered = new WeakMap<Atlas, WeakMap<FilterState, FilterResult>>();

export function filteredTies(atlas: Atlas | undefined, filters: FilterState): FilterResult {
  if (!atlas) return NO_MATCHES;
  let byState = filtered.get(atlas);
  if (!byState) filtered.set(atlas, (byState = new WeakMap()));
  let result = byState.get(filters);
  if (!result) byState.set(filters, (result = applyFilters(atlas, filters)));
  return result;
}

export function useAtlasView(
  atlas: Atlas | undefined,
  stable: StableView | null,
  filters: FilterState,
  selected: Iso2 | null,
  lang: Locale,
): AtlasView {
  const { hasOfficeOnly, year } = filters;
  const result = useMemo(() => filteredTies(atlas, filters), [atlas, filters]);
  const summaries = useMemo(() => summarisePartners(result.ties, result.numbers), [result]);
  const featureStates = useMemo(() => mapFeatureStates(summaries), [summaries]);
  const coveredNotShown = useMemo(() => {
    if (!atlas || !stable || !hasOfficeOnly) return [];
    const name = formatters(lang).economyName;
    return coveredButNotShown(atlas.offices, year, result.economies).map((c) => {
      const economy = stable.economyByCode.get(c);
      return economy ? name(economy) : c;
    });
  }, [atlas, stable, hasOfficeOnly, year, result, lang]);
  const rows = useMemo(
    () => (atlas ? economyRows(atlas.economies, summaries, formatters(lang).economyName, formatters(lang).compare) : []),
    [atlas, summaries, lang],
  );
  const profile = useMemo(() => (atlas && selected ? partnerProfile(atlas, result.ties, selected) : null), [atlas, result, selected]);
  const checks = useMemo(() => (atlas && stable ? checksAtYearEnd(atlas, stable.checks, year) : []), [atlas, stable, year]);

  // One object per distinct result, so components memoised on its parts skip renders that change nothing for them.
  return useMemo(
    () => ({
      ties: result.ties,
      tieNumbers: result.numbers,
      matching: result.economies.size,
      summaries,
      featureStates,
      coveredNotShown,
      economyRows: rows,
      profile,
      checks,
    }),
    [result, summaries, featureStates, coveredNotShown, rows, profile, checks],
  );
}
