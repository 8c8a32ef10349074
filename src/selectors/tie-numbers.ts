import type { Tie } from '../domain/records';
import { numberOf } from './distinct-marks';

/**
 * Per tie of a list, its agreement's and its partner's number (distinct-marks.ts), in the list's
 * order: what the counting passes read instead of the ids, so a pass over many ties looks nothing up.
 */
export interface TieNumbers {
  agreement: Uint32Array;
  partner: Uint32Array;
}

/** Numbers a list of ties. The filters number their ties once per year and status (filter-ties.ts). */
export function numberTies(ties: readonly Tie[]): TieNumbers {
  const agreement = new Uint32Array(ties.length);
  const partner = new Uint32Array(ties.length);
  ties.forEach((t, i) => {
    agreement[i] = numberOf(t.agreementId);
    partner[i] = numberOf(t.partner);
  });
  return { agreement, partner };
}
