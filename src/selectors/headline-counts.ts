import { isCertainlyBefore } from '../domain/fact-order';
import type { Atlas, HeadlineGap, HeadlineMetric, Office, Tie } from '../domain/records';
import { SIGNED_OR_LATER_STATUSES } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';

/**
 * Counting rules behind the official headline totals, applied "as at" the date of the statement,
 * so a statement made before a later signing is still reproduced by today's records:
 * - an agreement counts once it is signed (status signed or in force, or ended after that date);
 *   concluded and negotiating ones do not count; a bloc agreement counts once;
 * - economies and jurisdictions count each partner once;
 * - an office counts from its opening date (undated offices are older than every statement).
 */
function agreementLiveAt(t: Tie, date: string): boolean {
  if (!SIGNED_OR_LATER_STATUSES.includes(t.status)) return false;
  const start = t.signed ?? t.inForce;
  // A month-only date counts as at a statement made in that month: its day is unknown.
  if (start && isCertainlyBefore(date, start)) return false;
  if (t.status === 'terminated' || t.status === 'superseded') return t.terminated !== null && isCertainlyBefore(date, t.terminated);
  return true;
}

const officeOpenAt = (o: Office, date: string) => !o.opened || !isCertainlyBefore(date, o.opened);

function liveTies(atlas: Atlas, type: TieType, date: string): Tie[] {
  return atlas.ties.filter((t) => t.tieType === type && agreementLiveAt(t, date));
}

const distinct = <T>(items: T[]) => new Set(items).size;

export function headlineCount(atlas: Atlas, metric: HeadlineMetric, date: string): number {
  switch (metric) {
    case 'fta_agreements':
      return distinct(liveTies(atlas, 'fta', date).map((t) => t.agreementId));
    case 'fta_economies':
      return distinct(liveTies(atlas, 'fta', date).map((t) => t.partner));
    case 'ippa_agreements':
      return distinct(liveTies(atlas, 'ippa', date).map((t) => t.agreementId));
    case 'cdta_jurisdictions':
      return distinct(liveTies(atlas, 'cdta', date).map((t) => t.partner));
    case 'aeo_mra_count':
      return distinct(liveTies(atlas, 'aeo_mra', date).map((t) => t.agreementId));
    case 'eto_overseas':
    case 'eto_mainland':
    case 'liaison_units': {
      const type = metric === 'liaison_units' ? 'liaison_unit' : metric;
      return atlas.offices.filter((o) => o.officeType === type && officeOpenAt(o, date)).length;
    }
  }
}

export interface HeadlineCheck {
  metric: HeadlineMetric;
  stated: number;
  asOf: string;
  /** What the atlas's own records give at the statement's date. */
  counted: number;
  /** What the records give today (later signings included). */
  countedToday: number;
  /** Items the statement includes that the atlas cannot yet record (see headline_gaps.csv). */
  gaps: HeadlineGap[];
  sourceUrl: string;
}

export function headlineChecks(atlas: Atlas): HeadlineCheck[] {
  return atlas.headlineTotals.map((h) => ({
    metric: h.metric,
    stated: h.value,
    asOf: h.asOf,
    counted: headlineCount(atlas, h.metric, h.asOf),
    countedToday: headlineCount(atlas, h.metric, atlas.asOf),
    gaps: atlas.headlineGaps.filter((g) => g.metric === h.metric && (!g.since || g.since <= h.asOf)),
    sourceUrl: h.sourceUrl,
  }));
}

/** The checks with `countedToday` counted at the end of `year` instead (null: today, unchanged). */
export function checksAtYearEnd(atlas: Atlas, checks: HeadlineCheck[], year: number | null): HeadlineCheck[] {
  if (year === null) return checks;
  return checks.map((c) => ({ ...c, countedToday: headlineCount(atlas, c.metric, `${year}-12-31`) }));
}
