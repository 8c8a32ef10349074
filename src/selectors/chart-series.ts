import type { Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../domain/time-axis';
import { distinctPass } from './distinct-marks';
import { TYPE_CODE, type TieNumbers, numberTies, statusFlags, typeSlots } from './tie-numbers';

export interface TypeCount {
  type: TieType;
  /** Distinct agreements: a bloc agreement counts once. */
  agreements: number;
  /** Partner economies: a bloc agreement counts once per member. */
  economies: number;
}

/** What the counts by type count: the official totals' rule. */
const COUNTED_STATUSES: readonly Status[] = ['signed', 'in_force'];

/**
 * Agreements signed or in force, and their partner economies, per tie type in the order of
 * `types`; the same rule as the official totals (concluded and negotiating ones are the pipeline).
 */
export function countsByType(ties: readonly Tie[], types: readonly TieType[], numbers: TieNumbers = numberTies(ties)): TypeCount[] {
  // One pass over the ties' codes (tie-numbers.ts), each agreement and economy counted once per type
  // (distinct-marks.ts): this runs on every filter input. Buckets: the agreements of type i in i,
  // its economies in types.length + i.
  const slots = typeSlots(types);
  const counted = statusFlags(COUNTED_STATUSES);
  const agreements = new Array<number>(types.length).fill(0);
  const economies = new Array<number>(types.length).fill(0);
  const firstTime = distinctPass(2 * types.length);
  for (let k = 0; k < ties.length; k++) {
    if (!counted[numbers.status[k]]) continue;
    const i = slots[numbers.type[k]];
    if (i < 0) continue;
    if (firstTime(numbers.agreement[k], i)) agreements[i]++;
    if (firstTime(numbers.partner[k], types.length + i)) economies[i]++;
  }
  return types.map((type, i) => ({ type, agreements: agreements[i], economies: economies[i] }));
}

export type TimelineBasis = DateBasis;
export type TimelineRow = { year: number } & Partial<Record<TieType, number>>;

/**
 * The items the timeline counts, as parallel arrays rather than an object per tie (this runs on
 * every filter input): each item's type (its index in `types`), start year and end year.
 */
interface Placed {
  count: number;
  type: Uint8Array;
  start: Int32Array;
  /** NOT_ENDED where the item still counts. */
  end: Int32Array;
  /** Per index in `types`: items with no date on the basis that still count today. */
  undated: number[];
}
const NOT_ENDED = 0;

/** The year of a YYYY-MM(-DD) date, read without cutting a string out of it. */
const yearOf = (date: string) =>
  (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);

/**
 * Whether a tie counts today without a date on the basis: in force with no entry-into-force date
 * (on that basis), or signed-or-later with no signature date. These are shown in their own group.
 */
function countsUndated(t: Tie, basis: DateBasis): boolean {
  if (t[basis] || ENDED_STATUSES.includes(t.status)) return false;
  return basis === 'inForce' ? t.status === 'in_force' : t.status !== 'negotiating' && t.status !== 'concluded';
}

/**
 * The ties of `types` as items: one per tie (rule "partner") or per agreement (rule "agreement": a
 * bloc agreement counts once, from the first date any member reached on the basis, until the last
 * member's tie ended). Items with no date on the basis that still count today are counted apart in
 * `undated`, never dropped.
 */
function placeTies(ties: readonly Tie[], types: readonly TieType[], basis: DateBasis, rule: CountRule, numbers?: TieNumbers): Placed {
  // Per type code, its index in `types` or -1; a tie's code from the list's numbers where given.
  const slots = typeSlots(types);
  const slotOf = (t: Tie, k: number) => slots[numbers ? numbers.type[k] : TYPE_CODE.get(t.tieType)!];
  const placed: Placed = {
    count: 0,
    type: new Uint8Array(ties.length),
    start: new Int32Array(ties.length),
    end: new Int32Array(ties.length),
    undated: types.map(() => 0),
  };
  const add = (type: number, start: number, end: number) => {
    placed.type[placed.count] = type;
    placed.start[placed.count] = start;
    placed.end[placed.count] = end;
    placed.count++;
  };
  if (rule === 'partner') {
    for (let k = 0; k < ties.length; k++) {
      const t = ties[k];
      const i = slotOf(t, k);
      if (i < 0) continue;
      const date = t[basis];
      if (date) add(i, yearOf(date), t.terminated ? yearOf(t.terminated) : NOT_ENDED);
      else if (countsUndated(t, basis)) placed.undated[i]++;
    }
    return placed;
  }
  const groups = new Map<string, Tie[]>();
  ties.forEach((t, k) => {
    if (slotOf(t, k) < 0) return;
    const members = groups.get(t.agreementId);
    if (members) members.push(t);
    else groups.set(t.agreementId, [t]);
  });
  const slotOfType = (t: Tie) => slots[TYPE_CODE.get(t.tieType)!];
  for (const members of groups.values()) {
    let start = Infinity;
    let end = NOT_ENDED;
    let ended = true;
    for (const t of members) {
      const date = t[basis];
      if (date) start = Math.min(start, yearOf(date));
      if (t.terminated) end = Math.max(end, yearOf(t.terminated));
      else ended = false;
    }
    if (start !== Infinity) add(slotOfType(members[0]), start, ended ? end : NOT_ENDED);
    else {
      const live = members.find((t) => countsUndated(t, basis));
      if (live) placed.undated[slotOfType(live)]++;
    }
  }
  return placed;
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
  /** The list's codes, where the filters made them (tie-numbers.ts). */
  numbers?: TieNumbers,
): Timeline {
  const placed = placeTies(ties, types, basis, rule, numbers);
  const undated: Partial<Record<TieType, number>> = {};
  let undatedTotal = 0;
  types.forEach((type, i) => {
    if (!placed.undated[i]) return;
    undated[type] = placed.undated[i];
    undatedTotal += placed.undated[i];
  });
  if (placed.count === 0) return { rows: [], undated, undatedTotal };
  let from = firstYear ?? Infinity;
  if (firstYear === undefined) for (let k = 0; k < placed.count; k++) from = Math.min(from, placed.start[k]);
  const years = Math.max(0, lastYear - from + 1);
  // A tie counts from its start year up to, not including, the year it ended. Each adds one at the
  // first year it counts and takes one away after the last, per type; a running sum then gives
  // every year's count in one pass (not a pass over every tie for every year and type: at 100× the
  // data that was most of a filter change's own work).
  const steps = types.map(() => new Int32Array(years + 1));
  for (let k = 0; k < placed.count; k++) {
    const first = Math.max(placed.start[k], from);
    const end = placed.end[k] === NOT_ENDED ? lastYear + 1 : Math.min(placed.end[k], lastYear + 1);
    if (first >= end) continue;
    const step = steps[placed.type[k]];
    step[first - from]!++;
    step[end - from]!--;
  }
  const running = types.map(() => 0);
  const rows: TimelineRow[] = [];
  for (let y = 0; y < years; y++) {
    const row: TimelineRow = { year: from + y };
    types.forEach((type, i) => {
      running[i] += steps[i][y]!;
      row[type] = running[i];
    });
    rows.push(row);
  }
  return { rows, undated, undatedTotal };
}

/** Economies that gained a tie in `year` on the basis: what the map highlights when a year is hovered. */
export function gainedInYear(ties: readonly Tie[], basis: DateBasis, year: number): Set<Iso2> {
  return new Set(ties.filter((t) => t[basis]?.startsWith(`${year}-`)).map((t) => t.partner));
}
