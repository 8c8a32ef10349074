import type { Tie } from '../domain/records';
import { PIPELINE_STATUSES, STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import { distinctPass } from './distinct-marks';
import { STATUS_CODE, type TieNumbers, numberTies, typeSlots } from './tie-numbers';

type Stage = Exclude<Status, 'in_force' | 'terminated' | 'superseded'>;
const STAGES = PIPELINE_STATUSES as readonly Stage[];
export type PipelineRow = { type: TieType } & Record<Stage, number>;

/** Agreements with no entry into force recorded, by type and stage (a bloc agreement counts once). */
export function pipelineByType(ties: readonly Tie[], types: readonly TieType[], numbers: TieNumbers = numberTies(ties)): PipelineRow[] {
  // One pass over the ties' codes for every type, as countsByType does (this runs on every filter
  // input): each agreement counted once per type and stage (distinct-marks.ts; bucket type × stages + stage).
  const slots = typeSlots(types);
  const stageOf = new Int8Array(STATUSES.length).fill(-1);
  STAGES.forEach((stage, j) => (stageOf[STATUS_CODE.get(stage)!] = j));
  const counts = types.map(() => STAGES.map(() => 0));
  const firstTime = distinctPass(types.length * STAGES.length);
  for (let k = 0; k < ties.length; k++) {
    const stage = stageOf[numbers.status[k]];
    const i = slots[numbers.type[k]];
    if (stage < 0 || i < 0) continue;
    if (firstTime(numbers.agreement[k], i * STAGES.length + stage)) counts[i][stage]++;
  }
  const at = (i: number, stage: Stage) => counts[i][STAGES.indexOf(stage)];
  return types.map((type, i) => ({ type, negotiating: at(i, 'negotiating'), concluded: at(i, 'concluded'), signed: at(i, 'signed') }));
}
