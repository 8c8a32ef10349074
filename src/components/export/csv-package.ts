/**
 * What goes beside a downloaded CSV so that it records what produced it, without a line in the
 * CSV itself that would break its readers: a Frictionless `datapackage.json` (the columns, the
 * licence, the filters, the as-of date, the data version and the link) and a README.txt saying
 * the same in the interface's language. Pure: the files' text is unit-tested.
 */
import { PUBLICATION } from '../../domain/publication';
import type { Messages } from '../../i18n/messages';
import type { Formatters } from '../../i18n/format';

export interface CsvPackageInput {
  /** The file name without extension: the CSV is `<name>.csv` in the package. */
  name: string;
  title: string;
  columns: readonly string[];
  rows: readonly Record<string, string>[];
  /** The filters and year in words (the export subtitle). */
  filters: string[];
  asOf: string;
  /** The data release's version, or null when it could not be loaded. */
  version: string | null;
  /** The address of the view that produced the download. */
  link: string;
  /** When the download was made (ISO 8601). */
  created: string;
  lang: string;
}

/** A column's Table Schema type: integer when every value is a whole number, else string. */
export function fieldType(column: string, rows: readonly Record<string, string>[]): 'integer' | 'string' {
  const values = rows.map((r) => r[column] ?? '');
  return values.length > 0 && values.every((v) => /^-?\d+$/.test(v)) ? 'integer' : 'string';
}

/** The link's query parameters: the filters as the atlas itself reads them. */
function queryOf(link: string): Record<string, string> {
  try {
    return Object.fromEntries(new URL(link).searchParams);
  } catch {
    return {};
  }
}

export function dataPackage(p: CsvPackageInput) {
  return {
    profile: 'tabular-data-package',
    name: p.name.toLowerCase(),
    title: `${PUBLICATION.title}: ${p.title}`,
    description: p.filters.join(' · '),
    version: p.version ?? undefined,
    created: p.created,
    homepage: p.link,
    licenses: [PUBLICATION.license],
    sources: [{ title: `${PUBLICATION.title}, data as of ${p.asOf}`, path: p.link }],
    /** How the view was set when the file was made: its link, its query parameters, the same in words. */
    view: { link: p.link, query: queryOf(p.link), filters: p.filters, language: p.lang, asOf: p.asOf, dataVersion: p.version },
    resources: [
      {
        name: p.name.toLowerCase(),
        path: `${p.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: p.columns.map((name) => ({ name, type: fieldType(name, p.rows) })) },
      },
    ],
  };
}

export function readme(p: CsvPackageInput, m: Messages, fmt: Formatters): string {
  const r = m.exports.readme;
  const { labelled } = fmt;
  const lines = [
    labelled(m.appTitle, p.title),
    '',
    r.files(`${p.name}.csv`),
    '',
    labelled(r.filters, p.filters.join(' · ')),
    labelled(r.asOf, `${fmt.date(p.asOf)} (${p.asOf})`),
    labelled(r.version, p.version ?? r.unknownVersion),
    labelled(r.view, p.link),
    labelled(r.licence, `${PUBLICATION.license.title} (${PUBLICATION.license.name}), ${PUBLICATION.license.path}`),
    labelled(r.downloaded, p.created),
    '',
    m.mapImage.source(fmt.date(p.asOf)),
  ];
  return `${lines.join('\n')}\n`;
}

/** The package's files, by name: the CSV, its datapackage.json and a README.txt. */
export function csvPackageFiles(p: CsvPackageInput, csv: string, m: Messages, fmt: Formatters): Record<string, string> {
  return {
    [`${p.name}.csv`]: csv,
    'datapackage.json': `${JSON.stringify(dataPackage(p), null, 2)}\n`,
    'README.txt': readme(p, m, fmt),
  };
}
