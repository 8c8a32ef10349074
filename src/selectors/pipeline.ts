import type { Tie } from '../domain/records';
import { PIPELINE_STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';

type Stage = Exclude<Status, 'in_force' | 'terminated' | 'superseded'>;
export type PipelineRow = { type: TieType } & Record<Stage, number>;

/** Agreements with no entry into force recorded, by type and stage (a bloc agreement counts once). */
export function pipelineByType(ties: readonly Tie[], types: readonly TieType[]): PipelineRow[] {
  return types.map((type) => {
    const row = { type, negotiating: 0, concluded: 0, signed: 0 };
    // The agreements counted at each stage (no key strings built per tie: this runs on every filter input).
    const seen: Record<Stage, Set<string>> = { negotiating: new Set(), concluded: new Set(), signed: new Set() };
    for (const t of ties) {
      if (t.tieType !== type || !PIPELINE_STATUSES.includes(t.status)) continue;
      const stage = t.status as Stage;
      if (seen[stage].has(t.agreementId)) continue;
      seen[stage].add(t.agreementId);
      row[stage]++;
    }
    return row;
  });
}
