import type { Tie } from './records';
import { tierOf, type SourceTier } from './source-hosts';

export const TIE_FACT_FIELDS = ['status', 'signed', 'inForce', 'terminated', 'suspended'] as const;
export type TieFactField = (typeof TIE_FACT_FIELDS)[number];

export interface TieFact {
  field: TieFactField;
  sourceUrl: string;
  tier: SourceTier;
}

/** The facts a tie states, each with the page that states it and that page's tier. */
export function tieFacts(t: Tie): TieFact[] {
  const sources: Record<TieFactField, string | null> = {
    status: t.statusSource,
    signed: t.signedSource,
    inForce: t.inForceSource,
    terminated: t.terminatedSource,
    suspended: t.suspendedSource,
  };
  return TIE_FACT_FIELDS.flatMap((field) => {
    const url = sources[field];
    return url ? [{ field, sourceUrl: url, tier: tierOf(url) }] : [];
  });
}

/** A tie's weakest tier: the highest tier number among its facts (the ties.csv `source_tier`). */
export function tieSourceTier(t: Tie): SourceTier {
  return tieFacts(t).reduce<SourceTier>((worst, f) => (f.tier > worst ? f.tier : worst), 1);
}
