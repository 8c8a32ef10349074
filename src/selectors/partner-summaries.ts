import type { Iso2 } from '../domain/primitives';
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
  ties: Tie[];
}

export function summarisePartners(ties: readonly Tie[]): Map<Iso2, PartnerSummary> {
  const byPartner = new Map<Iso2, Tie[]>();
  for (const t of ties) {
    const list = byPartner.get(t.partner);
    if (list) list.push(t);
    else byPartner.set(t.partner, [t]);
  }
  const out = new Map<Iso2, PartnerSummary>();
  for (const [iso2, list] of byPartner) {
    // One pass, no intermediate lists: with many ties this runs on every filter input.
    const liveTypes = new Set<TieType>();
    const inForce = new Set<TieType>();
    for (const t of list) {
      if (ENDED_STATUSES.includes(t.status)) continue;
      liveTypes.add(t.tieType);
      if (t.status === 'in_force') inForce.add(t.tieType);
    }
    out.set(iso2, {
      iso2,
      types: TIE_TYPES.filter((t) => liveTypes.has(t)),
      inForceTypes: TIE_TYPES.filter((t) => inForce.has(t)),
      standing: inForce.size > 0 ? 'in_force' : liveTypes.size > 0 ? 'pipeline' : 'ended',
      ties: list,
    });
  }
  return out;
}
