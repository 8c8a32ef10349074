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
    const live = list.filter((t) => !ENDED_STATUSES.includes(t.status));
    const liveTypes = new Set(live.map((t) => t.tieType));
    const inForce = new Set(live.filter((t) => t.status === 'in_force').map((t) => t.tieType));
    out.set(iso2, {
      iso2,
      types: TIE_TYPES.filter((t) => liveTypes.has(t)),
      inForceTypes: TIE_TYPES.filter((t) => inForce.has(t)),
      standing: inForce.size > 0 ? 'in_force' : live.length > 0 ? 'pipeline' : 'ended',
      ties: list,
    });
  }
  return out;
}
