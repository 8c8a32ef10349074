/**
 * Checks CSV text against the Frictionless Table Schemas of a data package: header, field types,
 * constraints (required, unique, enum, pattern, minimum), primary keys and foreign keys. Covers the
 * parts of Table Schema v1 that datapackage.json uses; a schema using any other type or constraint
 * is reported rather than passed unchecked. (The descriptor itself is checked against the
 * standard's JSON Schema in data-package.test.ts.)
 */
import { parseCsv } from './csv';
import type { Field, TableSchema } from './table-schemas';

export interface PackageResource {
  name: string;
  path: string;
  schema: TableSchema;
}

const KNOWN_CONSTRAINTS = new Set(['required', 'unique', 'enum', 'pattern', 'minimum']);

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

function isUri(v: string): boolean {
  try {
    return Boolean(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** The cast value, or an error message when the text is not of the field's type. */
function cast(field: Field, v: string): { value: string | number } | { error: string } {
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(v) ? { value: Number(v) } : { error: `not an integer: "${v}"` };
    case 'date':
      return isCalendarDate(v) ? { value: v } : { error: `not a date (YYYY-MM-DD): "${v}"` };
    case 'string':
      return field.format === 'uri' && !isUri(v) ? { error: `not a URI: "${v}"` } : { value: v };
    default:
      return { error: `type "${String(field.type)}" is not supported by this checker` };
  }
}

function fieldErrors(field: Field, raw: string, missing: readonly string[]): string[] {
  const c = field.constraints ?? {};
  const unknown = Object.keys(c).filter((k) => !KNOWN_CONSTRAINTS.has(k));
  if (unknown.length) return [`constraint ${unknown.join(', ')} is not supported by this checker`];
  if (missing.includes(raw)) return c.required ? ['required value missing'] : [];
  const result = cast(field, raw);
  if ('error' in result) return [result.error];
  const errors: string[] = [];
  if (c.enum && !c.enum.includes(result.value)) errors.push(`"${raw}" is not one of ${c.enum.join(', ')}`);
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) errors.push(`"${raw}" does not match ${c.pattern}`);
  if (c.minimum !== undefined && typeof result.value === 'number' && result.value < c.minimum) errors.push(`${raw} is below ${c.minimum}`);
  return errors;
}

const keyOf = (row: Record<string, string>, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]));
const asList = (k: string | string[]) => (Array.isArray(k) ? k : [k]);

/** Every way the package's CSVs break their schemas, as "file, row n, field: problem" lines; empty when they conform. */
export function checkTables(resources: readonly PackageResource[], files: Record<string, string>): string[] {
  const errors: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of resources) {
    const text = files[r.path];
    if (text === undefined) {
      errors.push(`${r.path}: file missing`);
      continue;
    }
    const { header, rows } = parseCsv(text);
    const names = r.schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(','))
      errors.push(`${r.path}: header ${header.join(',')} does not match the schema's fields ${names.join(',')}`);
    for (const field of r.schema.fields) {
      const seen = new Map<string, number>();
      for (const row of rows) {
        const raw = row.values[field.name] ?? '';
        for (const e of fieldErrors(field, raw, r.schema.missingValues))
          errors.push(`${r.path}, row ${row.row}, field "${field.name}": ${e}`);
        if (field.constraints?.unique && !r.schema.missingValues.includes(raw)) {
          if (seen.has(raw))
            errors.push(`${r.path}, row ${row.row}, field "${field.name}": "${raw}" repeats row ${seen.get(raw)} (must be unique)`);
          else seen.set(raw, row.row);
        }
      }
    }
    const pk = asList(r.schema.primaryKey);
    const keys = new Map<string, number>();
    for (const row of rows) {
      const key = keyOf(row.values, pk);
      if (keys.has(key)) errors.push(`${r.path}, row ${row.row}: primary key ${pk.join(', ')} ${key} repeats row ${keys.get(key)}`);
      else keys.set(key, row.row);
    }
    tables.set(
      r.name,
      rows.map((row) => row.values),
    );
  }
  for (const r of resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource);
      if (!target) {
        errors.push(`${r.path}: foreign key names resource "${fk.reference.resource}", which the package does not have`);
        continue;
      }
      const existing = new Set(target.map((row) => keyOf(row, asList(fk.reference.fields))));
      (tables.get(r.name) ?? []).forEach((row, i) => {
        const key = keyOf(row, asList(fk.fields));
        if (!existing.has(key))
          errors.push(`${r.path}, row ${i + 1}: ${asList(fk.fields).join(', ')} ${key} not found in ${fk.reference.resource}`);
      });
    }
  }
  return errors;
}
