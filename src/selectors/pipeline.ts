import type { Tie } from '../domain/records';
import { PIPELINE_STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';

type Stage = Exclude<Status, 'in_force' | 'terminated' | 'superseded'>;
export type PipelineRow = { type: TieType } & Record<Stage, number>;

/** Agreements with no entry into force recorded, by type and stage (a bloc agreement counts once). */
export function pipelineByType(ties: readonly Tie[], types: readonly TieType[]): PipelineRow[] {
  // One pass over the ties for every type, as countsByType does (this runs on every filter input):
  // per type, the agreements counted at each stage.
  const seen = new Map<TieType, Record<Stage, Set<string>>>(
    types.map((type) => [type, { negotiating: new Set(), concluded: new Set(), signed: new Set() }]),
  );
  for (const t of ties) {
    if (!PIPELINE_STATUSES.includes(t.status)) continue;
    seen.get(t.tieType)?.[t.status as Stage].add(t.agreementId);
  }
  return types.map((type) => {
    const stages = seen.get(type)!;
    return { type, negotiating: stages.negotiating.size, concluded: stages.concluded.size, signed: stages.signed.size };
  });
}
