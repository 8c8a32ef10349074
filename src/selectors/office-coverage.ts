import type { Office } from '../domain/records';
import { HONG_KONG } from '../domain/iso2';
import type { Iso2 } from '../domain/primitives';

/** The offices open at the end of `year` (all of them for today); an office whose opening date is unknown is counted as open. */
export function officesOpenBy(offices: readonly Office[], year: number | null): Office[] {
  const yearEnd = year === null ? null : `${year}-12-31`;
  // A month-only date ("2009-03") compares below the year's end as it should.
  return offices.filter((o) => !yearEnd || !o.opened || o.opened <= yearEnd);
}

/**
 * Economies some Hong Kong office covers (its `covers` list), counting offices opened by the end of
 * `year` (all of them for today). An office's host country is not covered by being the host: the
 * Geneva office represents Hong Kong at the WTO, and Switzerland is the Berlin office's.
 */
export function coveredEconomies(offices: readonly Office[], year: number | null): Set<Iso2> {
  return new Set(officesOpenBy(offices, year).flatMap((o) => o.covers));
}

/** Covered economies the filters leave out because they have no tie of the shown types, sorted by code. */
export function coveredButNotShown(offices: readonly Office[], year: number | null, shown: ReadonlySet<Iso2>): Iso2[] {
  return [...coveredEconomies(offices, year)].filter((c) => c !== HONG_KONG && !shown.has(c)).sort();
}
