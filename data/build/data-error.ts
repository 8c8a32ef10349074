/** One problem in a source file, located precisely enough to fix it without searching. */
export interface DataError {
  file: string;
  row?: number;
  line?: number;
  field?: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  const where = [e.file];
  if (e.row !== undefined) where.push(`row ${e.row}${e.line !== undefined ? ` (line ${e.line})` : ''}`);
  if (e.field) where.push(`field "${e.field}"`);
  return `${where.join(', ')}: ${e.message}`;
}

export class DataBuildError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`data build failed with ${errors.length} error(s):\n${errors.map(formatDataError).join('\n')}`);
    this.name = 'DataBuildError';
  }
}
