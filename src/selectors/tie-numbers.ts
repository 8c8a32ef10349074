import type { Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { numberOf } from './distinct-marks';

/**
 * Per tie of a list, in the list's order, its agreement's number (distinct-marks.ts) and its
 * partner's index: what the passes over many ties (counts, partner summaries) read instead of the
 * ids, so a filter input's passes look nothing up.
 */
export interface TieNumbers {
  agreement: Uint32Array;
  /** Each tie's partner, as an index into `partners`. */
  partner: Uint32Array;
  /** The partners the indexes point into: the list's, and possibly others (the filters' whole stage). */
  partners: readonly Iso2[];
}

/** Numbers a list of ties. The filters number their ties once per year and status (filter-ties.ts). */
export function numberTies(ties: readonly Tie[]): TieNumbers {
  const agreement = new Uint32Array(ties.length);
  const partner = new Uint32Array(ties.length);
  const index = new Map<Iso2, number>();
  ties.forEach((t, i) => {
    agreement[i] = numberOf(t.agreementId);
    let p = index.get(t.partner);
    if (p === undefined) index.set(t.partner, (p = index.size));
    partner[i] = p;
  });
  return { agreement, partner, partners: [...index.keys()] };
}
