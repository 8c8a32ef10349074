/**
 * The counts the charts and the network panel show, counted with distinct-marks.ts, against the
 * same counts made the plain way (a Set per bucket) on the published atlas, three times over with
 * each copy's agreements under their own ids (as the bench's 100 copies are), for every tie type
 * shown alone and all together; and the timeline, counted year by year the plain way.
 */
import { describe, expect, it } from 'vitest';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES, PIPELINE_STATUSES, STATUSES } from '../domain/statuses';
import { DEFAULT_UI_STATE } from '../state/ui-state';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { publishedAtlas } from '../testing/published-data';
import { countsByType, cumulativeTimeline } from './chart-series';
import { type FilterState, applyFilters } from './filter-ties';
import { networkSummary } from './network-summary';
import { summarisePartners } from './partner-summaries';
import { pipelineByType } from './pipeline';
import { numberTies } from './tie-numbers';

const atlas = publishedAtlas();
const ties: Tie[] = [0, 1, 2].flatMap((copy) => atlas.ties.map((t) => (copy ? { ...t, agreementId: `${t.agreementId}-copy${copy}` } : t)));
const distinct = (list: Tie[], key: (t: Tie) => string) => new Set(list.map(key)).size;
const typeSets: TieType[][] = [...TIE_TYPES.map((t) => [t]), [...TIE_TYPES]];

describe('distinct counts on the published atlas, three copies', () => {
  it('counts by type: agreements and partner economies signed or in force', () => {
    for (const types of typeSets) {
      const live = ties.filter((t) => t.status === 'signed' || t.status === 'in_force');
      const expected = types.map((type) => {
        const ofType = live.filter((t) => t.tieType === type);
        return { type, agreements: distinct(ofType, (t) => t.agreementId), economies: distinct(ofType, (t) => t.partner) };
      });
      expect(countsByType(ties, types)).toEqual(expected);
    }
  });

  it('the pipeline: agreements per type and stage', () => {
    for (const types of typeSets) {
      const expected = types.map((type) => {
        const at = (stage: string) =>
          distinct(
            ties.filter((t) => t.tieType === type && t.status === stage),
            (t) => t.agreementId,
          );
        return { type, negotiating: at('negotiating'), concluded: at('concluded'), signed: at('signed') };
      });
      expect(pipelineByType(ties, types)).toEqual(expected);
    }
    expect(PIPELINE_STATUSES).toEqual(['negotiating', 'concluded', 'signed']);
  });

  it("the network panel: live agreements in all and per type, a bloc's counted once", () => {
    const live = ties.filter((t) => !ENDED_STATUSES.includes(t.status));
    const summary = networkSummary(summarisePartners(ties), ties, atlas.offices);
    expect(summary.agreements).toBe(distinct(live, (t) => t.agreementId));
    expect(summary.agreementsByType).toEqual(
      TIE_TYPES.map((type) => ({
        type,
        count: distinct(
          live.filter((t) => t.tieType === type),
          (t) => t.agreementId,
        ),
      })).filter((c) => c.count > 0),
    );
    // A bloc agreement has many partners: the counts above would be larger if each partner counted.
    expect(summary.agreements).toBeLessThan(live.length);
  });
});

describe('the timeline on the published atlas, three copies, counted year by year', () => {
  const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
  const lastYear = Number(atlas.asOf.slice(0, 4));
  // An item counts in a year from its start until, not including, the year it ended.
  const countIn = (items: { type: TieType; start: number; end: number | null }[], type: TieType, y: number) =>
    items.filter((i) => i.type === type && i.start <= y && (i.end === null || i.end > y)).length;

  for (const basis of ['inForce', 'signed'] as const) {
    it(`one item per tie (${basis})`, () => {
      const items = ties.filter((t) => t[basis]).map((t) => ({ type: t.tieType, start: year(t[basis])!, end: year(t.terminated) }));
      const { rows } = cumulativeTimeline(ties, TIE_TYPES, basis, lastYear);
      expect(rows[0].year).toBe(Math.min(...items.map((i) => i.start)));
      expect(rows.at(-1)!.year).toBe(lastYear);
      for (const row of rows) for (const type of TIE_TYPES) expect(row[type], `${type} ${row.year}`).toBe(countIn(items, type, row.year));
    });

    it(`one item per agreement, from its first member's date until its last member ended (${basis})`, () => {
      const groups = new Map<string, Tie[]>();
      for (const t of ties) groups.set(t.agreementId, [...(groups.get(t.agreementId) ?? []), t]);
      const items = [...groups.values()].flatMap((members) => {
        const starts = members.map((t) => year(t[basis])).filter((y) => y !== null);
        if (!starts.length) return [];
        const ends = members.map((t) => year(t.terminated));
        const end = ends.every((e) => e !== null) ? Math.max(...(ends as number[])) : null;
        return [{ type: members[0].tieType, start: Math.min(...starts), end }];
      });
      const { rows } = cumulativeTimeline(ties, TIE_TYPES, basis, lastYear, 'agreement');
      for (const row of rows) for (const type of TIE_TYPES) expect(row[type], `${type} ${row.year}`).toBe(countIn(items, type, row.year));
    });
  }
});

describe("the filters' own numbering, as the app counts", () => {
  it('gives the same counts, partner summaries and timeline as numbering the filtered ties afresh, for a year, a grouping and every status', () => {
    const lastYear = Number(atlas.asOf.slice(0, 4));
    const tripled = { ...atlas, ties };
    const states: Partial<FilterState>[] = [
      {},
      { year: 2012 },
      // Signed by then, in force only later: the filters' statuses are as of the year, not today's.
      { year: 2012, basis: 'signed' },
      { grouping: atlas.groupings[0].groupingId },
      { statuses: [...STATUSES], types: [...TIE_TYPES] },
    ];
    for (const state of states) {
      const result = applyFilters(tripled, { ...DEFAULT_UI_STATE, ...state });
      expect(result.numbers.agreement).toHaveLength(result.ties.length);
      // The type and status codes: the filters' (statuses as of the year) are the list's own.
      const afresh = numberTies(result.ties);
      expect(result.numbers.type).toEqual(afresh.type);
      expect(result.numbers.status).toEqual(afresh.status);
      for (const basis of ['inForce', 'signed'] as const)
        for (const rule of ['partner', 'agreement'] as const)
          expect(cumulativeTimeline(result.ties, TIE_TYPES, basis, lastYear, rule, undefined, result.numbers)).toEqual(
            cumulativeTimeline(result.ties, TIE_TYPES, basis, lastYear, rule),
          );
      expect(countsByType(result.ties, TIE_TYPES, result.numbers)).toEqual(countsByType(result.ties, TIE_TYPES));
      expect(pipelineByType(result.ties, TIE_TYPES, result.numbers)).toEqual(pipelineByType(result.ties, TIE_TYPES));
      const summaries = summarisePartners(result.ties);
      const fromNumbers = summarisePartners(result.ties, result.numbers);
      expect([...fromNumbers.entries()]).toEqual([...summaries.entries()]);
      expect(networkSummary(summaries, result.ties, atlas.offices, result.numbers)).toEqual(
        networkSummary(summaries, result.ties, atlas.offices),
      );
    }
  });
});
