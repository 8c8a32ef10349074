import { parse } from 'csv-parse/sync';

export interface CsvRow {
  /** 1-based data row number (the header is row 0), as people count rows in a spreadsheet. */
  row: number;
  /** 1-based line in the file where the row starts, for editors. */
  line: number;
  values: Record<string, string>;
}

/** Parses an RFC 4180 CSV with a header row; every value is a trimmed string. */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  if (records.length === 0) return { header: [], rows: [] };
  const header = records[0].record.map((h) => h.trim());
  const rows = records.slice(1).map((r, i) => ({
    row: i + 1,
    line: r.info.lines,
    values: Object.fromEntries(header.map((h, j) => [h, (r.record[j] ?? '').trim()])),
  }));
  return { header, rows };
}

export { toCsv } from '../../src/domain/csv-export';
