import type { Tie } from '../domain/records';
import type { DateBasis } from '../domain/time-axis';

/**
 * A tie as it stood at the end of `year`, or null if it did not count then: not yet placed on the
 * chosen basis, or already ended. A tie without a date on that basis cannot be placed in time and
 * is left out of past years (it still counts today, with year null).
 */
export function tieAsOf(t: Tie, year: number | null, basis: DateBasis): Tie | null {
  if (year === null) return t;
  const end = `${year}-12-31`;
  const placed = t[basis];
  if (!placed || placed > end) return null;
  if (t.terminated && t.terminated <= end) return null;
  const status = t.inForce && t.inForce <= end ? 'in_force' : 'signed';
  return status === t.status && !t.terminated ? t : { ...t, status, terminated: null };
}
