import type { Iso2 } from '../domain/primitives';
import type { Atlas, Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import type { UiState } from '../state/ui-state';
import { coveredEconomies } from './office-coverage';
import { tieAsOf } from './tie-as-of';
import { numberOf } from './distinct-marks';
import { STATUS_CODE, TYPE_CODE, type TieNumbers } from './tie-numbers';

export type FilterState = Pick<
  UiState,
  'types' | 'typeRules' | 'statuses' | 'region' | 'grouping' | 'beltAndRoadOnly' | 'hasOfficeOnly' | 'year' | 'basis'
>;

export interface FilterResult {
  /** Ties of the shown types and statuses, as they stood in the chosen year, of matching economies. */
  ties: Tie[];
  /** Their agreements' and partners' numbers, for the counts (tie-numbers.ts). */
  numbers: TieNumbers;
  /** Economies that pass every filter and have at least one shown tie. */
  economies: Set<Iso2>;
}

/**
 * Applies every filter. Tie filters (year, status, type) pick the ties that count; economy filters
 * (region, Belt and Road, office, and the must / must-not rule per type) pick the economies. The
 * set logic looks at all tie types, so "has a CDTA but no IPPA" works whichever types are shown.
 */
export function applyFilters(atlas: Atlas, f: FilterState): FilterResult {
  const { counted, agreementOf, liveTypes, partners, partnerOf, typeOf, statusOf } = tiesThatCount(atlas, f);
  const economies = new Map(atlas.economies.map((e) => [e.iso2, e]));
  const beltAndRoad = new Set(atlas.beltAndRoad.map((b) => b.partner));
  const grouping = f.grouping ? new Set<Iso2>(atlas.groupings.find((g) => g.groupingId === f.grouping)?.members ?? []) : null;
  const withOffice = coveredEconomies(atlas.offices, f.year);
  const rules = TIE_TYPES.filter((t) => f.typeRules[t]).map((t) => [t, f.typeRules[t]] as const);

  const economyMatches = (iso2: Iso2): boolean => {
    const e = economies.get(iso2);
    if (f.region && (!e || (e.region !== f.region && e.subregion !== f.region))) return false;
    if (grouping && !grouping.has(iso2)) return false;
    if (f.beltAndRoadOnly && !beltAndRoad.has(iso2)) return false;
    if (f.hasOfficeOnly && !withOffice.has(iso2)) return false;
    const types = liveTypes.get(iso2);
    return rules.every(([type, rule]) => (rule === 'must') === !!types?.has(type));
  };

  // Each partner is judged once, and each tie read through the stage's indexes, not looked up by
  // string: with many ties (100 copies of each, `npm run bench`) this loop runs on every input.
  const matches = partners.map(economyMatches);
  const shown = TIE_TYPES.map((t) => f.types.includes(t));
  const kept = new Uint8Array(partners.length);
  const ties: Tie[] = [];
  const agreement = new Uint32Array(counted.length);
  const partner = new Uint32Array(counted.length);
  const type = new Uint8Array(counted.length);
  const status = new Uint8Array(counted.length);
  const matching = new Set<Iso2>();
  for (let i = 0; i < counted.length; i++) {
    const p = partnerOf[i];
    if (!shown[typeOf[i]] || !matches[p]) continue;
    agreement[ties.length] = agreementOf[i];
    partner[ties.length] = p;
    type[ties.length] = typeOf[i];
    status[ties.length] = statusOf[i];
    ties.push(counted[i]);
    if (!kept[p]) {
      kept[p] = 1;
      matching.add(partners[p]);
    }
  }
  return {
    ties,
    numbers: {
      agreement: agreement.subarray(0, ties.length),
      partner: partner.subarray(0, ties.length),
      partners,
      type: type.subarray(0, ties.length),
      status: status.subarray(0, ties.length),
    },
    economies: matching,
  };
}

interface Counted {
  key: string;
  /** The ties of the chosen statuses, as they stood in the chosen year. */
  counted: Tie[];
  /** Each partner's tie types that are not ended, among those: what the must / must-not rules read. */
  liveTypes: Map<Iso2, Set<TieType>>;
  /** The partners of the counted ties, each once, and per counted tie its partner's index and its type's and status's codes (tie-numbers.ts). */
  partners: Iso2[];
  partnerOf: Uint32Array;
  typeOf: Uint8Array;
  statusOf: Uint8Array;
  /** Per counted tie, its agreement's number (distinct-marks.ts), for the counts. */
  agreementOf: Uint32Array;
}

/**
 * The last two year-and-status stages, per atlas. A type, region, grouping or rule input leaves them
 * as they were, so the ties are not walked again: with many ties (100 copies of each, `npm run
 * bench`) this stage was a third of what a filter input allocated. Two, because with a year chosen
 * the timeline also asks for today's (use-charts-view.ts), and one entry would make the two evict
 * each other on every input.
 */
const recentlyCounted = new WeakMap<Atlas, Counted[]>();
const KEPT = 2;

function tiesThatCount(atlas: Atlas, f: FilterState): Counted {
  const key = `${f.year}|${f.basis}|${[...f.statuses].sort().join(',')}`;
  const recent = recentlyCounted.get(atlas) ?? [];
  const kept = recent.find((c) => c.key === key);
  if (kept) return kept;
  const statuses = new Set(f.statuses);
  const counted: Tie[] = [];
  const liveTypes = new Map<Iso2, Set<TieType>>();
  const partnerIndex = new Map<Iso2, number>();
  const partnerOf: number[] = [];
  const typeOf: number[] = [];
  const statusOf: number[] = [];
  for (const tie of atlas.ties) {
    const t = tieAsOf(tie, f.year, f.basis);
    if (t === null || !statuses.has(t.status)) continue;
    counted.push(t);
    let p = partnerIndex.get(t.partner);
    if (p === undefined) partnerIndex.set(t.partner, (p = partnerIndex.size));
    partnerOf.push(p);
    typeOf.push(TYPE_CODE.get(t.tieType)!);
    statusOf.push(STATUS_CODE.get(t.status)!);
    if (ENDED_STATUSES.includes(t.status)) continue;
    let types = liveTypes.get(t.partner);
    if (!types) liveTypes.set(t.partner, (types = new Set<TieType>()));
    types.add(t.tieType);
  }
  const partners = [...partnerIndex.keys()];
  const result = {
    key,
    counted,
    agreementOf: Uint32Array.from(counted, (t) => numberOf(t.agreementId)),
    liveTypes,
    partners,
    partnerOf: Uint32Array.from(partnerOf),
    typeOf: Uint8Array.from(typeOf),
    statusOf: Uint8Array.from(statusOf),
  };
  recentlyCounted.set(atlas, [result, ...recent].slice(0, KEPT));
  return result;
}
