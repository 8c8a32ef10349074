/**
 * The schema of data/sources/stories.csv (one row per story step) and the checks that need the
 * other records: every placeholder is a known figure, used alike in the three languages; every
 * economy exists; steps run 1, 2, 3… in each story; every source is a page some record cites.
 */
import { z } from 'zod';
import { iso2Schema, isoDateSchema, sourceUrlSchema } from '../../src/domain/primitives';
import { STORY_IDS, isStoryFigure, placeholdersOf } from '../../src/domain/stories';
import { TIE_TYPES } from '../../src/domain/tie-types';
import { FIRST_YEAR } from '../../src/domain/time-axis';
import type { DataError } from './data-error';
import type { Located, Sources } from './read-sources';

export const STORY_COLUMNS = [
  'story_id',
  'step',
  'year',
  'types',
  'highlight',
  'camera',
  'text_en',
  'text_zh_hk',
  'text_zh_cn',
  'source_urls',
  'checked',
  'note',
] as const;

const list = (v: string) => (v === '' ? [] : v.split(';').map((s) => s.trim()));
const camera = z.string().transform((v, ctx) => {
  if (v === 'world' || v === 'partners') return v as 'world' | 'partners';
  const n = list(v).map(Number);
  const [w, s, e, north] = n;
  if (
    n.length !== 4 ||
    n.some(Number.isNaN) ||
    Math.abs(w) > 180 ||
    Math.abs(e) > 180 ||
    Math.abs(s) > 90 ||
    Math.abs(north) > 90 ||
    s >= north
  ) {
    ctx.addIssue({ code: 'custom', message: 'expected world, partners or bounds west;south;east;north' });
    return z.NEVER;
  }
  return [w, s, e, north] as [number, number, number, number];
});
const storyText = z.string().min(1, 'required');

export const storyRowSchema = z
  .object({
    story_id: z.enum(STORY_IDS, { error: `expected one of ${STORY_IDS.join(', ')}` }),
    step: z
      .string()
      .regex(/^[1-9]\d*$/, 'expected a step number from 1')
      .transform(Number),
    year: z
      .string()
      .regex(/^(\d{4})?$/, 'expected a year or empty (today)')
      .transform((v) => (v === '' ? null : Number(v))),
    types: z.string().transform((v, ctx) => {
      const types = list(v);
      const bad = types.filter((t) => !(TIE_TYPES as readonly string[]).includes(t));
      if (!types.length || bad.length)
        ctx.addIssue({ code: 'custom', message: `expected tie types from ${TIE_TYPES.join(', ')} separated by ;` });
      return types as (typeof TIE_TYPES)[number][];
    }),
    highlight: z.string().transform((v, ctx) => {
      const codes = list(v);
      for (const c of codes)
        if (!iso2Schema.safeParse(c).success) ctx.addIssue({ code: 'custom', message: `"${c}" is not an ISO 3166-1 alpha-2 code` });
      return codes as z.infer<typeof iso2Schema>[];
    }),
    camera,
    text_en: storyText,
    text_zh_hk: storyText,
    text_zh_cn: storyText,
    source_urls: z.string().transform((v, ctx) => {
      const urls = v === '' ? [] : v.split(' ; ').map((s) => s.trim());
      if (!urls.length) ctx.addIssue({ code: 'custom', message: 'at least one source' });
      for (const url of urls) {
        const parsed = sourceUrlSchema.safeParse(url);
        if (!parsed.success) ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0].message}: ${url}` });
      }
      return urls;
    }),
    checked: isoDateSchema,
    note: z.string(),
  })
  .transform((r) => ({
    story: r.story_id,
    step: r.step,
    year: r.year,
    types: r.types,
    highlight: r.highlight,
    camera: r.camera,
    text: { en: r.text_en, zhHK: r.text_zh_hk, zhCN: r.text_zh_cn },
    sources: r.source_urls,
    checked: r.checked,
  }));
export type StoryRow = z.output<typeof storyRowSchema>;

/** Every URL any record cites, for any fact: a story may only cite pages the records already hold. */
function citedUrls(s: Sources): Set<string> {
  const urls = new Set<string>();
  const add = (...values: (string | null | undefined)[]) => values.forEach((v) => v && urls.add(v));
  for (const { record: t } of s.ties)
    add(
      t.sourceUrl,
      ...t.otherSources,
      t.statusSource,
      t.signedSource,
      t.inForceSource,
      t.terminatedSource,
      t.suspendedSource,
      t.agreementNameZhSource,
    );
  for (const { record: o } of s.offices) add(o.sourceUrl, ...o.otherSources, o.openedSource);
  for (const { record: m } of s.missions) add(m.sourceUrl, ...m.otherSources, m.datesSource, m.mousSource);
  for (const { record: x } of [...s.protocols, ...s.beltAndRoad, ...s.milestones]) add(x.sourceUrl, ...x.otherSources);
  for (const { record: h } of s.headline) add(h.sourceUrl);
  return urls;
}

export function checkStories(s: Sources, lastYear: number): DataError[] {
  const errors: DataError[] = [];
  const at = (l: Located<unknown>, field: string, message: string) =>
    errors.push({ file: l.file, row: l.row, line: l.line, field, message });
  const known = new Set(s.economies.map((e) => e.record.iso2 as string));
  const cited = citedUrls(s);
  const expected = new Map<string, number>();
  for (const l of s.stories) {
    const r = l.record;
    const next = (expected.get(r.story) ?? 0) + 1;
    if (r.step !== next) at(l, 'step', `step ${r.step} of "${r.story}" is out of order: expected ${next}`);
    expected.set(r.story, r.step);
    if (r.year !== null && (r.year < FIRST_YEAR || r.year > lastYear)) at(l, 'year', `year ${r.year} is outside ${FIRST_YEAR}–${lastYear}`);
    for (const code of r.highlight) if (!known.has(code)) at(l, 'highlight', `unknown economy "${code}" (not in economies.csv)`);
    for (const url of r.sources)
      if (!cited.has(url)) at(l, 'source_urls', `${url} is cited by no record: a story cites the records' own pages`);
    const signature = (text: string) =>
      placeholdersOf(text)
        .map((p) => `${p.name}${p.year ? `@${p.year}` : ''}`)
        .sort()
        .join(',');
    for (const [field, text] of [
      ['text_en', r.text.en],
      ['text_zh_hk', r.text.zhHK],
      ['text_zh_cn', r.text.zhCN],
    ] as const) {
      for (const p of placeholdersOf(text)) {
        if (!isStoryFigure(p.name)) at(l, field, `unknown placeholder {${p.name}}`);
        if (p.year !== null && (p.year < FIRST_YEAR || p.year > lastYear))
          at(l, field, `{${p.name}@${p.year}}: year outside ${FIRST_YEAR}–${lastYear}`);
      }
      if (/[{}]/.test(text.replace(/\{[a-z_]+(?:@\d{4})?\}/g, '')))
        at(l, field, 'a stray { or }: placeholders are written {figure} or {figure@YYYY}');
      if (field !== 'text_en' && signature(text) !== signature(r.text.en))
        at(l, field, 'quotes other figures than text_en: every language quotes the same figures');
    }
  }
  return errors;
}
