/**
 * The published dataset reproduces every headline total that official sources state. Each total,
 * its as-of date and the Hong Kong government page stating it are in
 * data/sources/headline_totals*.csv; the counting rules are in headline-counts.ts. Where a total
 * includes an item no page in reach states, the item is listed in headline_gaps.csv, and the totals
 * must reconcile exactly: records + listed gaps = stated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tierOf } from '../domain/source-hosts';
import { CORE_TIE_TYPES } from '../domain/tie-types';
import { publishedAtlas } from '../testing/published-data';
import { headlineGapRowSchema, headlineRowSchema } from '../../data/build/source-schemas';
import { cumulativeTimeline } from './chart-series';
import { headlineCount } from './headline-counts';

const SOURCES = new URL('../../data/sources/', import.meta.url);
const atlas = publishedAtlas();
const csv = (name: string): unknown[] => parse(readFileSync(new URL(name, SOURCES), 'utf8'), { columns: true });
// The statements as curated, read from the source files rather than from the build's output.
const stated = readdirSync(SOURCES)
  .filter((n) => /^headline_totals(_.+)?\.csv$/.test(n))
  .flatMap(csv)
  .map((row) => headlineRowSchema.parse(row));
const gaps = csv('headline_gaps.csv').map((row) => headlineGapRowSchema.parse(row));

describe('official headline totals', () => {
  it('covers the totals official sources state for FTAs, IPPAs, CDTAs, AEO MRAs and offices', () => {
    const metrics = stated.map((h) => h.metric);
    for (const m of ['fta_agreements', 'ippa_agreements', 'cdta_jurisdictions', 'aeo_mra_count', 'eto_overseas', 'eto_mainland'] as const) {
      expect(metrics).toContain(m);
    }
  });

  for (const total of stated) {
    it(`${total.metric}: ${total.value} as of ${total.asOf}, stated on a Hong Kong government page`, () => {
      expect(tierOf(total.sourceUrl)).toBe(1);
      const listed = gaps.filter((g) => g.metric === total.metric && (!g.since || g.since <= total.asOf)).length;
      const records = headlineCount(atlas, total.metric, total.asOf);
      expect(records + listed).toBe(total.value);
    });
  }
});

describe('the timeline drops no tie in force', () => {
  const lastYear = Number(atlas.asOf.slice(0, 4));
  for (const type of CORE_TIE_TYPES) {
    it(`${type}: placed by ${lastYear} plus "in force, date not recorded" equals every tie in force`, () => {
      const { rows, undated } = cumulativeTimeline(
        atlas.ties.filter((t) => t.status === 'in_force'),
        [type],
        'inForce',
        lastYear,
      );
      const inForce = atlas.ties.filter((t) => t.tieType === type && t.status === 'in_force').length;
      expect((rows[rows.length - 1]?.[type] ?? 0) + (undated[type] ?? 0)).toBe(inForce);
    });
  }
});
