import type { Atlas, Tie } from '../domain/records';
import { SIGNED_OR_LATER_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';

/** How many of the records that should carry a fact actually do: a count known "of" a count expected. */
export interface Known {
  known: number;
  of: number;
}

export interface TieTypeCoverage {
  type: TieType;
  agreements: number;
  ties: number;
  /** Ties past signature (signed, in force or ended) whose signature day an official page gives. */
  signed: Known;
  /** Ties in force whose entry-into-force day an official page gives. */
  inForce: Known;
  /** Ties signed with no entry into force on an official page: not yet in force, or not yet confirmed. */
  signedOnly: number;
}

export interface DataCoverage {
  tieTypes: TieTypeCoverage[];
  officesOpened: Known;
  missionsEnded: Known;
  missionMous: Known;
}

function known<T>(records: T[], has: (r: T) => boolean): Known {
  return { known: records.filter(has).length, of: records.length };
}

function typeCoverage(type: TieType, ties: Tie[]): TieTypeCoverage {
  return {
    type,
    agreements: new Set(ties.map((t) => t.agreementId)).size,
    ties: ties.length,
    // Concluded and negotiating agreements have no signature yet, so no date is missing for them.
    signed: known(ties.filter((t) => SIGNED_OR_LATER_STATUSES.includes(t.status)), (t) => t.signed !== null),
    inForce: known(ties.filter((t) => t.status === 'in_force'), (t) => t.inForce !== null),
    signedOnly: ties.filter((t) => t.status === 'signed').length,
  };
}

/**
 * Where the register is still incomplete, per tie type and for offices and missions, so readers see
 * how many dates are recorded and how many the official sources have not yet given to the day.
 */
export function dataCoverage(atlas: Atlas): DataCoverage {
  return {
    tieTypes: TIE_TYPES.map((type) => typeCoverage(type, atlas.ties.filter((t) => t.tieType === type))).filter(
      (c) => c.ties > 0,
    ),
    officesOpened: known(atlas.offices, (o) => o.opened !== null),
    missionsEnded: known(atlas.missions, (m) => m.end !== null),
    missionMous: known(atlas.missions, (m) => m.mousSigned !== null),
  };
}
