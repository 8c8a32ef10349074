import type { Atlas, Tie } from '../domain/records';
import { SOURCE_TIERS, tierOf, type SourceTier } from '../domain/source-hosts';
import { SIGNED_OR_LATER_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import type { RecordName } from './timeline-events';

/** How many of the records that should carry a fact actually do: a count known "of" a count expected. */
export interface Known {
  known: number;
  of: number;
}

/** A count known, split by the tier of the page that states each fact. */
export interface KnownByTier extends Known {
  byTier: Record<SourceTier, number>;
}

export interface TieTypeCoverage {
  type: TieType;
  agreements: number;
  ties: number;
  /** Ties past signature (signed, in force or ended) whose signature date (day or month) a page gives, by tier. */
  signed: KnownByTier;
  /** Ties in force whose entry-into-force date a page gives, by tier. */
  inForce: KnownByTier;
  /** Ties in force, by the tier of the page that says so. */
  inForceStatus: Record<SourceTier, number>;
  /** Ties signed with no entry into force recorded (the record says where it was looked for). */
  signedOnly: number;
}

/** A record with a fact no page states, and where it was looked for (the record's "searched"). */
export interface MissingFact {
  kind: 'tie' | 'office' | 'mission';
  id: string;
  /** The tie's type, for ties. */
  tieType: TieType | null;
  name: string;
  /** Its Chinese name, where the data gives one. */
  nameZh: RecordName['zh'];
  /** The economy, for ties; null otherwise. */
  partner: string | null;
  searched: string;
}

export interface DataCoverage {
  tieTypes: TieTypeCoverage[];
  officesOpened: Known;
  missionsEnded: Known;
  missionMous: Known;
  missing: MissingFact[];
}

function known<T>(records: T[], has: (r: T) => boolean): Known {
  return { known: records.filter(has).length, of: records.length };
}

function byTier(urls: (string | null)[]): Record<SourceTier, number> {
  const counts = Object.fromEntries(SOURCE_TIERS.map((t) => [t, 0])) as Record<SourceTier, number>;
  for (const url of urls) if (url) counts[tierOf(url)]++;
  return counts;
}

function knownByTier(ties: Tie[], source: (t: Tie) => string | null): KnownByTier {
  return { ...known(ties, (t) => source(t) !== null), byTier: byTier(ties.map(source)) };
}

function typeCoverage(type: TieType, ties: Tie[]): TieTypeCoverage {
  const inForce = ties.filter((t) => t.status === 'in_force');
  return {
    type,
    agreements: new Set(ties.map((t) => t.agreementId)).size,
    ties: ties.length,
    // Concluded and negotiating agreements have no signature yet, so no date is missing for them.
    signed: knownByTier(
      ties.filter((t) => SIGNED_OR_LATER_STATUSES.includes(t.status)),
      (t) => t.signedSource,
    ),
    inForce: knownByTier(inForce, (t) => t.inForceSource),
    inForceStatus: byTier(inForce.map((t) => t.statusSource)),
    signedOnly: ties.filter((t) => t.status === 'signed').length,
  };
}

/**
 * Where the register is still incomplete, per tie type and for offices and missions, so readers see
 * how many dates are recorded and how many the official sources have not yet given to the day.
 */
export function dataCoverage(atlas: Atlas): DataCoverage {
  return {
    tieTypes: TIE_TYPES.map((type) =>
      typeCoverage(
        type,
        atlas.ties.filter((t) => t.tieType === type),
      ),
    ).filter((c) => c.ties > 0),
    officesOpened: known(atlas.offices, (o) => o.opened !== null),
    missionsEnded: known(atlas.missions, (m) => m.end !== null),
    missionMous: known(atlas.missions, (m) => m.mousSigned !== null),
    missing: missingFacts(atlas),
  };
}

/** Every record that says a fact was looked for and not found, in type and name order. */
export function missingFacts(atlas: Atlas): MissingFact[] {
  const facts: MissingFact[] = [
    ...atlas.ties.flatMap((t) =>
      t.searched
        ? [
            {
              kind: 'tie' as const,
              id: `${t.agreementId}-${t.partner}`,
              tieType: t.tieType,
              name: t.agreementName,
              nameZh: t.agreementNameZh,
              partner: t.partner,
              searched: t.searched,
            },
          ]
        : [],
    ),
    ...atlas.offices.flatMap((o) =>
      o.searched
        ? [{ kind: 'office' as const, id: o.officeId, tieType: null, name: o.name, nameZh: o.nameZh, partner: null, searched: o.searched }]
        : [],
    ),
    ...atlas.missions.flatMap((m) =>
      m.searched
        ? [
            {
              kind: 'mission' as const,
              id: m.missionId,
              tieType: null,
              name: m.name,
              nameZh: m.nameZh,
              partner: null,
              searched: m.searched,
            },
          ]
        : [],
    ),
  ];
  // Each record's key is made once and the distinct keys are sorted once (copies of a record share
  // one): building keys and calling localeCompare in every comparison took most of About's first
  // render with many records (npm run bench, ×100 data). The sort is stable, as before.
  const keyOf = (f: MissingFact) => `${f.kind}|${f.tieType ? TIE_TYPES.indexOf(f.tieType) : ''}|${f.name}|${f.partner ?? ''}`;
  const keys = facts.map(keyOf);
  const rank = new Map([...new Set(keys)].sort(new Intl.Collator().compare).map((key, i) => [key, i]));
  const order = keys.map((key) => rank.get(key)!);
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order[a.i]! - order[b.i]!)
    .map(({ f }) => f);
}
