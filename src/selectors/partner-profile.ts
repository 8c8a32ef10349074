import type { Iso2 } from '../domain/primitives';
import type { Atlas, Disagreement, Economy, Mission, Office, Tie } from '../domain/records';
import { TIE_TYPES } from '../domain/tie-types';

export interface PartnerProfile {
  economy: Economy;
  ties: Tie[];
  offices: Office[];
  missions: Mission[];
  beltAndRoad: boolean;
  /** Values other pages state for these ties' facts, which the records do not keep. */
  disagreements: Disagreement[];
}

const tieOrder = (t: Tie) => `${TIE_TYPES.indexOf(t.tieType)}|${t.signed ?? '9999'}|${t.agreementId}`;

/** Everything the panel shows for one economy, from the filtered ties and the whole atlas. */
export function partnerProfile(atlas: Atlas, filteredTies: readonly Tie[], iso2: Iso2): PartnerProfile | null {
  const economy = atlas.economies.find((e) => e.iso2 === iso2);
  if (!economy) return null;
  const ties = filteredTies.filter((t) => t.partner === iso2).sort((a, b) => tieOrder(a).localeCompare(tieOrder(b)));
  const agreements = new Set(ties.map((t) => t.agreementId));
  return {
    economy,
    ties,
    offices: atlas.offices.filter((o) => o.country === iso2 || o.covers.includes(economy.iso2)),
    missions: atlas.missions.filter((m) => m.destinations.includes(economy.iso2)),
    beltAndRoad: atlas.beltAndRoad.some((b) => b.partner === iso2),
    disagreements: atlas.disagreements.filter((d) => agreements.has(d.recordId) && (d.partner === null || d.partner === iso2)),
  };
}
