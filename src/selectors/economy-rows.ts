import type { IsoDate, Iso2 } from '../domain/primitives';
import type { Economy } from '../domain/records';
import type { TieType } from '../domain/tie-types';
import type { PartnerSummary, TieStanding } from './partner-summaries';

/** One partner economy as a table row: the same facts the map colours and the panel show. */
export interface EconomyRow {
  iso2: Iso2;
  name: string;
  /** Tie types with at least one live (not ended) tie, in canonical order. */
  types: TieType[];
  /** Ties with Hong Kong (one per agreement and partner), whatever their status. */
  ties: number;
  inForce: number;
  standing: TieStanding;
  /** When the first tie began: its signature, or its entry into force when the signature date is not given. */
  earliestTie: IsoDate | null;
}

export const ECONOMY_SORT_KEYS = ['name', 'types', 'ties', 'inForce', 'earliestTie'] as const;
export type EconomySortKey = (typeof ECONOMY_SORT_KEYS)[number];
export interface EconomySort {
  key: EconomySortKey;
  direction: 'asc' | 'desc';
}
export const DEFAULT_ECONOMY_SORT: EconomySort = { key: 'name', direction: 'asc' };

/**
 * Rows for every economy summarised (from the filtered ties, see summarisePartners), sorted by name.
 * From the summaries the map already has, so the ties are not grouped a second time per input.
 */
export function economyRows(
  economies: readonly Economy[],
  summaries: ReadonlyMap<Iso2, PartnerSummary>,
  nameOf: (e: Economy) => string = (e) => e.names.en,
  compareNames: CompareNames = byEnglishName,
): EconomyRow[] {
  const names = new Map(economies.map((e) => [e.iso2, nameOf(e)]));
  const rows: EconomyRow[] = [];
  for (const [iso2, s] of summaries) {
    rows.push({
      iso2,
      // A partner missing from the economies list still gets a row, under its code.
      name: names.get(iso2) ?? iso2,
      types: s.types,
      ties: s.tieCount,
      inForce: s.inForceCount,
      standing: s.standing,
      earliestTie: s.earliestTie,
    });
  }
  return sortEconomyRows(rows, DEFAULT_ECONOMY_SORT, compareNames);
}

/** How two names compare in the reader's language (Formatters.compare): Chinese names by stroke count or pinyin, not code point. */
export type CompareNames = (a: string, b: string) => number;
export const byEnglishName: CompareNames = (a, b) => a.localeCompare(b, 'en');

const byName = (a: EconomyRow, b: EconomyRow, compareNames: CompareNames) => compareNames(a.name, b.name) || a.iso2.localeCompare(b.iso2);

function compareBy(key: EconomySortKey, a: EconomyRow, b: EconomyRow, compareNames: CompareNames): number {
  switch (key) {
    case 'name':
      return byName(a, b, compareNames);
    case 'types':
      return a.types.length - b.types.length;
    case 'ties':
      return a.ties - b.ties;
    case 'inForce':
      return a.inForce - b.inForce;
    case 'earliestTie':
      return (a.earliestTie ?? '').localeCompare(b.earliestTie ?? '');
  }
}

/**
 * A sorted copy. Economies without an earliest date always go last (unknown is not "oldest" nor
 * "newest"); equal values keep alphabetical order whichever the direction.
 */
export function sortEconomyRows(
  rows: readonly EconomyRow[],
  { key, direction }: EconomySort,
  compareNames: CompareNames = byEnglishName,
): EconomyRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'earliestTie' && (a.earliestTie === null) !== (b.earliestTie === null)) return a.earliestTie === null ? 1 : -1;
    return sign * compareBy(key, a, b, compareNames) || byName(a, b, compareNames);
  });
}
