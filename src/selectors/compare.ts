import type { Iso2 } from '../domain/primitives';
import type { Atlas, Economy, Tie } from '../domain/records';
import { ENDED_STATUSES, STATUSES, type Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import { type TieSpan, tieSpan } from './lifecycle';

/** Where an economy stands with Hong Kong for one tie type, from its ties of that type. */
export type CellState =
  | { kind: 'in_force'; since: string | null }
  | { kind: 'pending'; status: Status }
  | { kind: 'ended'; date: string | null }
  | { kind: 'none' };

export interface CompareCell {
  type: TieType;
  ties: Tie[];
  state: CellState;
}

export interface CompareRow {
  economy: Economy;
  cells: CompareCell[];
}

const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort()[0] ?? null;

/** In force beats pending (the furthest status) beats ended beats nothing. */
export function cellState(ties: readonly Tie[]): CellState {
  const live = ties.filter((t) => t.status === 'in_force');
  if (live.length) return { kind: 'in_force', since: earliest(live.map((t) => t.inForce)) };
  const pending = ties.filter((t) => !ENDED_STATUSES.includes(t.status));
  if (pending.length)
    return { kind: 'pending', status: pending.map((t) => t.status).sort((a, b) => STATUSES.indexOf(b) - STATUSES.indexOf(a))[0] };
  if (ties.length) return { kind: 'ended', date: earliest(ties.map((t) => t.terminated)) };
  return { kind: 'none' };
}

/** One row per compared economy (in the order given), one cell per tie type. Unknown codes are skipped. */
export function compareRows(atlas: Pick<Atlas, 'economies' | 'ties'>, codes: readonly string[], types: readonly TieType[]): CompareRow[] {
  return codes.flatMap((code) => {
    const economy = atlas.economies.find((e) => e.iso2 === code);
    if (!economy) return [];
    const own = atlas.ties.filter((t) => t.partner === code);
    const cells = types.map((type) => {
      const ties = own
        .filter((t) => t.tieType === type)
        .sort((a, b) => (a.signed ?? a.inForce ?? '').localeCompare(b.signed ?? b.inForce ?? ''));
      return { type, ties, state: cellState(ties) };
    });
    return [{ economy, cells }];
  });
}

/** For one tie type on which the compared economies differ: who stands where. */
export interface CompareDifference {
  type: TieType;
  none: Economy[];
  inForce: { economy: Economy; since: string | null }[];
  pending: { economy: Economy; status: Status }[];
  ended: { economy: Economy; date: string | null }[];
}

/** The tie types on which the compared economies do not all stand alike, for saying in words. */
export function compareDifferences(rows: readonly CompareRow[]): CompareDifference[] {
  if (rows.length < 2) return [];
  const types = rows[0].cells.map((c) => c.type);
  return types.flatMap((type, i) => {
    const d: CompareDifference = { type, none: [], inForce: [], pending: [], ended: [] };
    for (const row of rows) {
      const s = row.cells[i].state;
      if (s.kind === 'none') d.none.push(row.economy);
      else if (s.kind === 'in_force') d.inForce.push({ economy: row.economy, since: s.since });
      else if (s.kind === 'pending') d.pending.push({ economy: row.economy, status: s.status });
      else d.ended.push({ economy: row.economy, date: s.date });
    }
    const kinds = [d.none, d.inForce, d.pending, d.ended].filter((g) => g.length > 0).length;
    return kinds > 1 ? [d] : [];
  });
}

/** A tie in the comparison's lanes: the same span as the panel's lifecycle (lifecycle.ts). */
export type CompareBar = TieSpan;

/** Every compared economy's ties on one shared time axis, from the first dated tie to the as-of year. */
export function compareLifecycles(rows: readonly CompareRow[], asOf: string) {
  const lanes = rows.map((row) => ({
    economy: row.economy,
    bars: row.cells.flatMap((c) => c.ties.map(tieSpan)),
  }));
  const years = lanes
    .flatMap((l) => l.bars.map((b) => b.start))
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)));
  const lastYear = Number(asOf.slice(0, 4));
  return { lanes, firstYear: years.length ? Math.min(...years) : lastYear, lastYear };
}

/** The groupings (ASEAN, EFTA, the EU, RCEP, APEC, BLEU…) whose members can join the comparison in one action. */
export function compareGroups(atlas: Pick<Atlas, 'groupings'>): { name: string; members: Iso2[] }[] {
  return atlas.groupings.map((g) => ({ name: g.short, members: [...g.members].sort() })).sort((a, b) => a.name.localeCompare(b.name));
}

export const COMPARE_CSV_COLUMNS = [
  'economy_iso2',
  'economy_name',
  'tie_type',
  'standing',
  'agreement_name',
  'status',
  'signed',
  'in_force',
  'terminated',
  'status_source',
  'source_url',
] as const;

/** The comparison as CSV rows: one per economy, type and tie, and one saying "none" where an economy has no tie of a type. */
export function compareCsvRows(rows: readonly CompareRow[], economyName: (e: Economy) => string): Record<string, string>[] {
  return rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const base = {
        economy_iso2: row.economy.iso2,
        economy_name: economyName(row.economy),
        tie_type: cell.type,
        standing: cell.state.kind,
      };
      if (!cell.ties.length)
        return [{ ...base, agreement_name: '', status: '', signed: '', in_force: '', terminated: '', status_source: '', source_url: '' }];
      return cell.ties.map((t) => ({
        ...base,
        agreement_name: t.agreementName,
        status: t.status,
        signed: t.signed ?? '',
        in_force: t.inForce ?? '',
        terminated: t.terminated ?? '',
        status_source: t.statusSource,
        source_url: t.sourceUrl,
      }));
    }),
  );
}
