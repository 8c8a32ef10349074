import type { IsoDate, Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';

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

/** One partner's running totals: tie types as bits (TIE_TYPES order), so the pass allocates nothing per tie. */
interface Totals {
  live: number;
  inForce: number;
  tieCount: number;
  inForceCount: number;
  earliestTie: IsoDate | null;
}

const TYPE_BIT = new Map(TIE_TYPES.map((t, i) => [t, 1 << i]));
const typesOf = (bits: number) => TIE_TYPES.filter((_, i) => bits & (1 << i));

/**
 * Each partner of the given ties, summarised in one pass over them: this runs on every filter
 * input, and with many ties (100 copies of each, `npm run bench`) grouping the ties into lists
 * per partner was most of what an input allocated.
 */
export function summarisePartners(ties: readonly Tie[]): Map<Iso2, PartnerSummary> {
  const totals = new Map<Iso2, Totals>();
  for (const t of ties) {
    let p = totals.get(t.partner);
    if (!p) totals.set(t.partner, (p = { live: 0, inForce: 0, tieCount: 0, inForceCount: 0, earliestTie: null }));
    p.tieCount++;
    const start = t.signed ?? t.inForce;
    if (start && (p.earliestTie === null || start < p.earliestTie)) p.earliestTie = start;
    if (ENDED_STATUSES.includes(t.status)) continue;
    const bit = TYPE_BIT.get(t.tieType)!;
    p.live |= bit;
    if (t.status === 'in_force') {
      p.inForce |= bit;
      p.inForceCount++;
    }
  }
  const out = new Map<Iso2, PartnerSummary>();
  for (const [iso2, p] of totals) {
    out.set(iso2, {
      iso2,
      types: typesOf(p.live),
      inForceTypes: typesOf(p.inForce),
      standing: p.inForce ? 'in_force' : p.live ? 'pipeline' : 'ended',
      tieCount: p.tieCount,
      inForceCount: p.inForceCount,
      earliestTie: p.earliestTie,
    });
  }
  return out;
}
