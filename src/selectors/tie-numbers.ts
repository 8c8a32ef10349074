import type { Iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { STATUSES, type Status } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { numberOf } from './distinct-marks';

/**
 * Per tie of a list, in the list's order, its agreement's number (distinct-marks.ts), its partner's
 * index, its type and its status as codes: what the passes over many ties (counts, partner
 * summaries, the timeline) read instead of the tie's strings, so a filter input's passes neither
 * look anything up nor compare a string.
 */
export interface TieNumbers {
  agreement: Uint32Array;
  /** Each tie's partner, as an index into `partners`. */
  partner: Uint32Array;
  /** The partners the indexes point into: the list's, and possibly others (the filters' whole stage). */
  partners: readonly Iso2[];
  /** Each tie's type, as its index in TIE_TYPES. */
  type: Uint8Array;
  /** Each tie's status (as the list has it: the filters' as of their year), as its index in STATUSES. */
  status: Uint8Array;
}

export const TYPE_CODE: ReadonlyMap<TieType, number> = new Map(TIE_TYPES.map((t, i) => [t, i]));
export const STATUS_CODE: ReadonlyMap<Status, number> = new Map(STATUSES.map((s, i) => [s, i]));

/** Per type code, the type's index in `types`, or -1 where it is not among them. */
export function typeSlots(types: readonly TieType[]): Int8Array {
  const slots = new Int8Array(TIE_TYPES.length).fill(-1);
  types.forEach((type, i) => (slots[TYPE_CODE.get(type)!] = i));
  return slots;
}

/** Per status code, 1 where the status is among `statuses`. */
export function statusFlags(statuses: readonly Status[]): Uint8Array {
  const flags = new Uint8Array(STATUSES.length);
  for (const s of statuses) flags[STATUS_CODE.get(s)!] = 1;
  return flags;
}

/** Numbers a list of ties. The filters number their ties once per year and status (filter-ties.ts). */
export function numberTies(ties: readonly Tie[]): TieNumbers {
  const agreement = new Uint32Array(ties.length);
  const partner = new Uint32Array(ties.length);
  const type = new Uint8Array(ties.length);
  const status = new Uint8Array(ties.length);
  const index = new Map<Iso2, number>();
  ties.forEach((t, i) => {
    agreement[i] = numberOf(t.agreementId);
    let p = index.get(t.partner);
    if (p === undefined) index.set(t.partner, (p = index.size));
    partner[i] = p;
    type[i] = TYPE_CODE.get(t.tieType)!;
    status[i] = STATUS_CODE.get(t.status)!;
  });
  return { agreement, partner, partners: [...index.keys()], type, status };
}
