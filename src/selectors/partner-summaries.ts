import type { IsoDate, Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { STATUS_CODE, type TieNumbers, numberTies, statusFlags } from './tie-numbers';

/**
 * How an economy stands with Hong Kong: `in_force` if any tie is in force, `pipeline` if it has
 * only signed, concluded or negotiating ties, `ended` if all its ties were terminated or superseded.
 */
export type TieStanding = 'in_force' | 'pipeline' | 'ended';

export interface PartnerSummary {
  iso2: Iso2;
  /** Tie types with at least one live (not ended) tie, in canonical order. */
  types: TieType[];
  inForceTypes: TieType[];
  standing: TieStanding;
  /** Ties with Hong Kong (one per agreement and partner), whatever their status. */
  tieCount: number;
  inForceCount: number;
  /** When the first tie began: its signature, or its entry into force when the signature date is not given. */
  earliestTie: IsoDate | null;
}

const typesOf = (bits: number) => TIE_TYPES.filter((_, i) => bits & (1 << i));

/**
 * Each partner of the given ties, summarised in one pass over them: this runs on every filter
 * input, and with many ties (100 copies of each, `npm run bench`) grouping the ties into lists
 * per partner was most of what an input allocated.
 */
export function summarisePartners(ties: readonly Tie[], numbers: TieNumbers = numberTies(ties)): Map<Iso2, PartnerSummary> {
  // Running totals per partner index, in typed arrays: no object or lookup per tie.
  const count = numbers.partners.length;
  const live = new Uint32Array(count);
  const inForce = new Uint32Array(count);
  const tieCount = new Uint32Array(count);
  const inForceCount = new Uint32Array(count);
  const earliestTie = new Array<IsoDate | null>(count).fill(null);
  const order: number[] = [];
  const ended = statusFlags(ENDED_STATUSES);
  const IN_FORCE = STATUS_CODE.get('in_force')!;
  for (let i = 0; i < ties.length; i++) {
    const t = ties[i];
    const p = numbers.partner[i];
    if (tieCount[p]++ === 0) order.push(p);
    const start = t.signed ?? t.inForce;
    const earliest = earliestTie[p];
    if (start && (earliest === null || start < earliest)) earliestTie[p] = start;
    const status = numbers.status[i];
    if (ended[status]) continue;
    // The type's bit, from its code (tie-numbers.ts): the order of TIE_TYPES, as typesOf reads it.
    const bit = 1 << numbers.type[i];
    live[p] |= bit;
    if (status === IN_FORCE) {
      inForce[p] |= bit;
      inForceCount[p]++;
    }
  }
  // In the order the partners first appear in the list.
  const out = new Map<Iso2, PartnerSummary>();
  for (const p of order) {
    const iso2 = numbers.partners[p];
    out.set(iso2, {
      iso2,
      types: typesOf(live[p]),
      inForceTypes: typesOf(inForce[p]),
      standing: inForce[p] ? 'in_force' : live[p] ? 'pipeline' : 'ended',
      tieCount: tieCount[p],
      inForceCount: inForceCount[p],
      earliestTie: earliestTie[p],
    });
  }
  return out;
}
