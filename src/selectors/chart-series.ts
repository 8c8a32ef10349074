import type { Tie } from '../domain/records';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../state/ui-state';

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

export type TimelineBasis = DateBasis;
export type TimelineRow = { year: number } & Partial<Record<TieType, number>>;

interface Placed {
  type: TieType;
  start: number;
  end: number | null;
}

/**
 * One item per tie (rule "partner") or per agreement (rule "agreement": a bloc agreement counts
 * once, from the first date any member reached on the basis, until the last member's tie ended).
 */
function placeTies(ties: readonly Tie[], basis: DateBasis, rule: CountRule): { placed: Placed[]; undated: number } {
  const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
  if (rule === 'partner') {
    const placed = ties.filter((t) => t[basis]).map((t) => ({ type: t.tieType, start: year(t[basis])!, end: year(t.terminated) }));
    return { placed, undated: ties.length - placed.length };
  }
  const groups = new Map<string, Tie[]>();
  for (const t of ties) groups.set(t.agreementId, [...(groups.get(t.agreementId) ?? []), t]);
  const placed: Placed[] = [];
  let undated = 0;
  for (const members of groups.values()) {
    const starts = members.map((t) => year(t[basis])).filter((y): y is number => y !== null);
    if (starts.length === 0) {
      undated++;
      continue;
    }
    const ends = members.map((t) => year(t.terminated));
    placed.push({ type: members[0].tieType, start: Math.min(...starts), end: ends.every((e) => e !== null) ? Math.max(...(ends as number[])) : null });
  }
  return { placed, undated };
}

/**
 * Cumulative count per year and type on the chosen basis and counting rule, from `firstYear` (or
 * the first placed tie) to `lastYear`. A tie stops counting from the year it ended. Ties without a
 * date on the basis cannot be placed: their number is returned so the chart can say so.
 */
export function cumulativeTimeline(
  ties: readonly Tie[],
  types: readonly TieType[],
  basis: DateBasis,
  lastYear: number,
  rule: CountRule = 'partner',
  firstYear?: number,
): { rows: TimelineRow[]; undated: number } {
  const { placed, undated } = placeTies(ties.filter((t) => types.includes(t.tieType)), basis, rule);
  if (placed.length === 0) return { rows: [], undated };
  const from = firstYear ?? Math.min(...placed.map((p) => p.start));
  const rows: TimelineRow[] = [];
  for (let year = from; year <= lastYear; year++) {
    const row: TimelineRow = { year };
    for (const type of types) {
      row[type] = placed.filter((p) => p.type === type && p.start <= year && !(p.end !== null && p.end <= year)).length;
    }
    rows.push(row);
  }
  return { rows, undated };
}

/** Economies that gained a tie in `year` on the basis: what the map highlights when a year is hovered. */
export function gainedInYear(ties: readonly Tie[], basis: DateBasis, year: number): Set<string> {
  return new Set(ties.filter((t) => t[basis]?.startsWith(`${year}-`)).map((t) => t.partner as string));
}
