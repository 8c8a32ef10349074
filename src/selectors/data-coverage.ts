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
  /** The same sentence in Chinese (both scripts), where the data gives it; else the Chinese interfaces show the English. */
  searchedZh: Tie['searchedZh'];
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

/** Missions first, then offices, then ties by tie type. */
const factGroup = (f: MissingFact) => (f.kind === 'mission' ? 0 : f.kind === 'office' ? 1 : 2 + TIE_TYPES.indexOf(f.tieType!));

/**
 * Every record that says a fact was looked for and not found: missions, then offices, then ties by
 * tie type, each group in the atlas's order. The names are ordered for the reader, in the reader's
 * language, by `missingFactsInReadersOrder`.
 */
export function missingFacts(atlas: Atlas): MissingFact[] {
  const missions = atlas.missions.flatMap((m): MissingFact[] =>
    m.searched
      ? [
          {
            kind: 'mission',
            id: m.missionId,
            tieType: null,
            name: m.name,
            nameZh: m.nameZh,
            partner: null,
            searched: m.searched,
            searchedZh: m.searchedZh,
          },
        ]
      : [],
  );
  const offices = atlas.offices.flatMap((o): MissingFact[] =>
    o.searched
      ? [
          {
            kind: 'office',
            id: o.officeId,
            tieType: null,
            name: o.name,
            nameZh: o.nameZh,
            partner: null,
            searched: o.searched,
            searchedZh: o.searchedZh,
          },
        ]
      : [],
  );
  // One pass over the ties, each into its type's list (copies of the register stay quick to list).
  const byType = new Map(TIE_TYPES.map((type): [TieType, MissingFact[]] => [type, []]));
  for (const t of atlas.ties) {
    if (!t.searched) continue;
    const { tieType, agreementName: name, agreementNameZh: nameZh, partner, searched, searchedZh } = t;
    byType.get(tieType)!.push({ kind: 'tie', id: `${t.agreementId}-${partner}`, tieType, name, nameZh, partner, searched, searchedZh });
  }
  return [...missions, ...offices, ...[...byType.values()].flat()];
}

/**
 * The facts in the reader's order: by kind and tie type as `missingFacts` groups them, then by the
 * record's name as the reader sees it (Chinese where the data has it) and the partner economy's
 * name, in the reader's collation (stroke order in zh-HK, pinyin in zh-CN). Each distinct pair of
 * names is compared once, so a long register stays quick to sort.
 */
export function missingFactsInReadersOrder(
  facts: readonly MissingFact[],
  name: (fact: MissingFact) => string,
  partnerName: (iso2: string) => string,
  compare: (a: string, b: string) => number,
): MissingFact[] {
  // Keyed by the record's own values (copies of a record share them), not by joined strings.
  const pairs: { name: string; partner: string }[] = [];
  const byName = new Map<string, Map<MissingFact['nameZh'], Map<string | null, number>>>();
  const pairOf = facts.map((f) => {
    const byZh = byName.get(f.name) ?? byName.set(f.name, new Map()).get(f.name)!;
    const byPartner = byZh.get(f.nameZh) ?? byZh.set(f.nameZh, new Map()).get(f.nameZh)!;
    let pair = byPartner.get(f.partner);
    if (pair === undefined) {
      pair = pairs.push({ name: name(f), partner: f.partner ? partnerName(f.partner) : '' }) - 1;
      byPartner.set(f.partner, pair);
    }
    return pair;
  });
  const rank = new Array<number>(pairs.length);
  pairs
    .map((_, i) => i)
    .sort((a, b) => compare(pairs[a]!.name, pairs[b]!.name) || compare(pairs[a]!.partner, pairs[b]!.partner))
    .forEach((pair, i) => (rank[pair] = i));
  return facts
    .map((f, i) => ({ f, group: factGroup(f), rank: rank[pairOf[i]!]! }))
    .sort((a, b) => a.group - b.group || a.rank - b.rank)
    .map(({ f }) => f);
}
