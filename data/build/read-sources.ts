/**
 * Reads every file in data/sources/, validates each row with its schema and returns the records,
 * or every error found (file, row, field), so one run shows all that needs fixing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { isTieType } from '../../src/domain/tie-types';
import type { Tie } from '../../src/domain/records';
import { parseCsv } from './csv';
import type { DataError } from './data-error';
import { STORY_COLUMNS, storyRowSchema } from './story-schema';
import {
  COLUMNS,
  beltAndRoadRowSchema,
  disagreementRowSchema,
  economyRowSchema,
  groupingRowSchema,
  headlineGapRowSchema,
  headlineRowSchema,
  milestoneRowSchema,
  missionRowSchema,
  officeRowSchema,
  protocolRowSchema,
  tieRowSchema,
} from './source-schemas';

export interface Located<T> {
  file: string;
  row: number;
  line: number;
  record: T;
}

function readTable<S extends z.ZodType>(
  root: string,
  path: string,
  columns: readonly string[],
  schema: S,
  errors: DataError[],
): Located<z.output<S>>[] {
  const file = relative(root, path) || path;
  if (!existsSync(path)) return [];
  let parsed;
  try {
    parsed = parseCsv(readFileSync(path, 'utf8'));
  } catch (err) {
    errors.push({ file, message: `not valid CSV: ${(err as Error).message}` });
    return [];
  }
  const missing = columns.filter((c) => !parsed.header.includes(c));
  const extra = parsed.header.filter((c) => !columns.includes(c));
  if (missing.length || extra.length) {
    errors.push({
      file,
      row: 0,
      message: [
        missing.length ? `missing column(s) ${missing.join(', ')}` : '',
        extra.length ? `unexpected column(s) ${extra.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  for (const row of parsed.rows) {
    const result = schema.safeParse(row.values);
    if (result.success) {
      out.push({ file, row: row.row, line: row.line, record: result.data });
    } else {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const got = field ? row.values[field] : undefined;
        errors.push({
          file,
          row: row.row,
          line: row.line,
          field,
          message: `${issue.message}${got !== undefined && got !== '' ? ` (got "${got}")` : ''}`,
        });
      }
    }
  }
  return out;
}

export function readSources(sourcesDir: string, root: string) {
  const errors: DataError[] = [];
  const table = <S extends z.ZodType>(name: string, columns: readonly string[], schema: S) =>
    readTable(root, join(sourcesDir, name), columns, schema, errors);

  const ties: Located<Tie>[] = [];
  const tiesDir = join(sourcesDir, 'ties');
  for (const name of existsSync(tiesDir) ? readdirSync(tiesDir).sort() : []) {
    if (!name.endsWith('.csv') || name === 'cdta_protocols.csv') continue;
    const tieType = name.replace(/\.csv$/, '');
    if (!isTieType(tieType)) {
      errors.push({
        file: relative(root, join(tiesDir, name)),
        message: `unknown tie type "${tieType}" (file name must be a known tie type)`,
      });
      continue;
    }
    for (const located of table(join('ties', name), COLUMNS.ties, tieRowSchema)) {
      ties.push({ ...located, record: { ...located.record, tieType } });
    }
  }

  const headline = [
    ...table('headline_totals.csv', COLUMNS.headline, headlineRowSchema),
    // Helpers may keep their totals in topic files (headline_totals_<topic>.csv); all are merged.
    ...(existsSync(sourcesDir) ? readdirSync(sourcesDir) : [])
      .filter((n) => /^headline_totals_.+\.csv$/.test(n))
      .sort()
      .flatMap((n) => table(n, COLUMNS.headline, headlineRowSchema)),
  ];

  return {
    errors,
    economies: table('economies.csv', COLUMNS.economies, economyRowSchema),
    ties,
    protocols: table(join('ties', 'cdta_protocols.csv'), COLUMNS.protocols, protocolRowSchema),
    offices: table('offices.csv', COLUMNS.offices, officeRowSchema),
    missions: table('missions.csv', COLUMNS.missions, missionRowSchema),
    beltAndRoad: table('belt_and_road.csv', COLUMNS.beltAndRoad, beltAndRoadRowSchema),
    groupings: table('groupings.csv', COLUMNS.groupings, groupingRowSchema),
    milestones: table('milestones.csv', COLUMNS.milestones, milestoneRowSchema),
    headline,
    headlineGaps: table('headline_gaps.csv', COLUMNS.headlineGaps, headlineGapRowSchema),
    disagreements: table('disagreements.csv', COLUMNS.disagreements, disagreementRowSchema),
    stories: table('stories.csv', STORY_COLUMNS, storyRowSchema),
  };
}
export type Sources = ReturnType<typeof readSources>;
