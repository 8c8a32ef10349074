import type { Tie } from '../domain/records';
import { PIPELINE_STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';

export type PipelineRow = { type: TieType } & Record<'negotiating' | 'concluded' | 'signed', number>;

/** Agreements with no entry into force recorded, by type and stage (a bloc agreement counts once). */
export function pipelineByType(ties: readonly Tie[], types: readonly TieType[]): PipelineRow[] {
  return types.map((type) => {
    const row = { type, negotiating: 0, concluded: 0, signed: 0 };
    const seen = new Set<string>();
    for (const t of ties) {
      if (t.tieType !== type || !PIPELINE_STATUSES.includes(t.status) || seen.has(`${t.agreementId}|${t.status}`)) continue;
      seen.add(`${t.agreementId}|${t.status}`);
      row[t.status as Exclude<Status, 'in_force' | 'terminated' | 'superseded'>]++;
    }
    return row;
  });
}
