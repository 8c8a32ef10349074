import type { Iso2 } from '../domain/primitives';
import type { TieType } from '../domain/tie-types';
import type { PartnerSummary } from './partner-summaries';

/** What the map's tooltip says about an economy, in words (badges carry text, not just colour). */
export interface HoverInfo {
  iso2: Iso2;
  name: string;
  standing: 'hub' | 'in_force' | 'pipeline' | 'none';
  /** Live tie types within the filters, each marked in force or not yet. */
  types: { type: TieType; inForce: boolean }[];
}

export function economyHoverInfo(
  iso2: Iso2,
  names: ReadonlyMap<Iso2, string>,
  summaries: ReadonlyMap<Iso2, PartnerSummary>,
  hub: Iso2,
): HoverInfo | null {
  const name = names.get(iso2);
  if (!name) return null;
  if (iso2 === hub) return { iso2, name, standing: 'hub', types: [] };
  const s = summaries.get(iso2);
  if (!s || s.standing === 'ended') return { iso2, name, standing: 'none', types: [] };
  return { iso2, name, standing: s.standing, types: s.types.map((type) => ({ type, inForce: s.inForceTypes.includes(type) })) };
}
