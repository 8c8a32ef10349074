import type { Tie } from '../domain/records';
import type { TieType } from '../domain/tie-types';

export interface TypeCount {
  type: TieType;
  /** Distinct agreements: a bloc agreement counts once. */
  agreements: number;
  /** Partner economies: a bloc agreement counts once per member. */
  economies: number;
}

/**
 * Agreements signed or in force, and their partner economies, per tie type in the order of
 * `types`; the same rule as the official totals (concluded and negotiating ones are the pipeline).
 */
export function countsByType(ties: readonly Tie[], types: readonly TieType[]): TypeCount[] {
  return types.map((type) => {
    const live = ties.filter((t) => t.tieType === type && (t.status === 'signed' || t.status === 'in_force'));
    return {
      type,
      agreements: new Set(live.map((t) => t.agreementId)).size,
      economies: new Set(live.map((t) => t.partner)).size,
    };
  });
}

export type TimelineBasis = 'signed' | 'inForce';
export type TimelineRow = { year: number } & Partial<Record<TieType, number>>;

/**
 * Cumulative ties (one per agreement and partner economy) per year, by type, on the chosen date
 * basis. Ties without a date on that basis cannot be placed and are left out (their count is
 * returned so the chart can say so).
 */
export function cumulativeTimeline(
  ties: readonly Tie[],
  types: readonly TieType[],
  basis: TimelineBasis,
  lastYear: number,
): { rows: TimelineRow[]; undated: number } {
  const dated = ties.filter((t) => types.includes(t.tieType) && t[basis]);
  const undated = ties.filter((t) => types.includes(t.tieType)).length - dated.length;
  if (dated.length === 0) return { rows: [], undated };
  const firstYear = Math.min(...dated.map((t) => Number(t[basis]!.slice(0, 4))));
  const rows: TimelineRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const row: TimelineRow = { year };
    for (const type of types) {
      row[type] = dated.filter((t) => {
        if (t.tieType !== type || Number(t[basis]!.slice(0, 4)) > year) return false;
        // A tie stops counting from the year it ended.
        return !(t.terminated && Number(t.terminated.slice(0, 4)) <= year);
      }).length;
    }
    rows.push(row);
  }
  return { rows, undated };
}
