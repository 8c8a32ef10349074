import type { Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../domain/time-axis';

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
  // One pass into the sets, no list or pass per type: this runs on every filter input.
  const byType = new Map<TieType, { agreements: Set<string>; economies: Set<Iso2> }>(
    types.map((type) => [type, { agreements: new Set(), economies: new Set() }]),
  );
  for (const t of ties) {
    if (t.status !== 'signed' && t.status !== 'in_force') continue;
    const sets = byType.get(t.tieType);
    if (!sets) continue;
    sets.agreements.add(t.agreementId);
    sets.economies.add(t.partner);
  }
  return types.map((type) => {
    const { agreements, economies } = byType.get(type)!;
    return { type, agreements: agreements.size, economies: economies.size };
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
 * Whether a tie counts today without a date on the basis: in force with no entry-into-force date
 * (on that basis), or signed-or-later with no signature date. These are shown in their own group.
 */
function countsUndated(t: Tie, basis: DateBasis): boolean {
  if (t[basis] || ENDED_STATUSES.includes(t.status)) return false;
  return basis === 'inForce' ? t.status === 'in_force' : t.status !== 'negotiating' && t.status !== 'concluded';
}

/**
 * One item per tie (rule "partner") or per agreement (rule "agreement": a bloc agreement counts
 * once, from the first date any member reached on the basis, until the last member's tie ended).
 * Items with no date on the basis that still count today go to `undated`, never dropped.
 */
function placeTies(ties: readonly Tie[], basis: DateBasis, rule: CountRule): { placed: Placed[]; undated: Tie[] } {
  const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
  if (rule === 'partner') {
    const placed = ties.filter((t) => t[basis]).map((t) => ({ type: t.tieType, start: year(t[basis])!, end: year(t.terminated) }));
    return { placed, undated: ties.filter((t) => countsUndated(t, basis)) };
  }
  const groups = new Map<string, Tie[]>();
  for (const t of ties) {
    const members = groups.get(t.agreementId);
    if (members) members.push(t);
    else groups.set(t.agreementId, [t]);
  }
  const placed: Placed[] = [];
  const undated: Tie[] = [];
  for (const members of groups.values()) {
    const starts = members.map((t) => year(t[basis])).filter((y): y is number => y !== null);
    if (starts.length === 0) {
      const live = members.find((t) => countsUndated(t, basis));
      if (live) undated.push(live);
      continue;
    }
    const ends = members.map((t) => year(t.terminated));
    placed.push({
      type: members[0].tieType,
      start: Math.min(...starts),
      end: ends.every((e) => e !== null) ? Math.max(...(ends as number[])) : null,
    });
  }
  return { placed, undated };
}

export interface Timeline {
  rows: TimelineRow[];
  /** Per type, what counts today but has no date on the basis: "in force, date not recorded". */
  undated: Partial<Record<TieType, number>>;
  undatedTotal: number;
}

/**
 * Cumulative count per year and type on the chosen basis and counting rule, from `firstYear` (or
 * the first placed tie) to `lastYear`. A tie stops counting from the year it ended. What has no
 * date on the basis but counts today is returned per type, for the chart's own undated group.
 */
export function cumulativeTimeline(
  ties: readonly Tie[],
  types: readonly TieType[],
  basis: DateBasis,
  lastYear: number,
  rule: CountRule = 'partner',
  firstYear?: number,
): Timeline {
  const { placed, undated: undatedTies } = placeTies(
    ties.filter((t) => types.includes(t.tieType)),
    basis,
    rule,
  );
  const undated: Partial<Record<TieType, number>> = {};
  for (const t of undatedTies) undated[t.tieType] = (undated[t.tieType] ?? 0) + 1;
  const undatedTotal = undatedTies.length;
  if (placed.length === 0) return { rows: [], undated, undatedTotal };
  const from = firstYear ?? placed.reduce((min, p) => Math.min(min, p.start), Infinity);
  const years = Math.max(0, lastYear - from + 1);
  // A tie counts from its start year up to, not including, the year it ended. Each adds one at the
  // first year it counts and takes one away after the last, per type; a running sum then gives
  // every year's count in one pass (not a pass over every tie for every year and type: at 100× the
  // data that was most of a filter change's own work).
  const steps = new Map(types.map((type) => [type, new Int32Array(years + 1)]));
  for (const p of placed) {
    const first = Math.max(p.start, from);
    const end = p.end === null ? lastYear + 1 : Math.min(p.end, lastYear + 1);
    if (first >= end) continue;
    const step = steps.get(p.type)!;
    step[first - from]!++;
    step[end - from]!--;
  }
  const running = new Map(types.map((type) => [type, 0]));
  const rows: TimelineRow[] = [];
  for (let i = 0; i < years; i++) {
    const row: TimelineRow = { year: from + i };
    for (const type of types) {
      const count = running.get(type)! + steps.get(type)![i]!;
      running.set(type, count);
      row[type] = count;
    }
    rows.push(row);
  }
  return { rows, undated, undatedTotal };
}

/** Economies that gained a tie in `year` on the basis: what the map highlights when a year is hovered. */
export function gainedInYear(ties: readonly Tie[], basis: DateBasis, year: number): Set<Iso2> {
  return new Set(ties.filter((t) => t[basis]?.startsWith(`${year}-`)).map((t) => t.partner));
}
