/**
 * The published dataset reproduces every headline total that official sources state. Each total,
 * its as-of date and the official page stating it are in data/sources/headline_totals*.csv
 * (source_url column); the counting rules are in headline-counts.ts. Where an official total
 * includes an item no official page in reach confirms, the item is listed in headline_gaps.csv
 * with the reason, and the totals must reconcile exactly: records + listed gaps = stated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../domain/records';
import { headlineChecks } from './headline-counts';

const atlas = atlasSchema.parse(JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')));

describe('official headline totals', () => {
  it('covers the totals official sources state for FTAs, IPPAs, CDTAs, AEO MRAs and offices', () => {
    const metrics = atlas.headlineTotals.map((h) => h.metric);
    for (const m of ['fta_agreements', 'ippa_agreements', 'cdta_jurisdictions', 'aeo_mra_count', 'eto_overseas', 'eto_mainland'] as const) {
      expect(metrics).toContain(m);
    }
  });

  for (const check of headlineChecks(atlas)) {
    it(`${check.metric}: ${check.stated} as of ${check.asOf} (${check.sourceUrl})`, () => {
      expect({ records: check.counted, gaps: check.gaps.map((g) => g.item) }).toEqual({
        records: check.stated - check.gaps.length,
        gaps: check.gaps.map((g) => g.item),
      });
    });
  }
});
