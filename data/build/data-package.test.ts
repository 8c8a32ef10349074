import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { PUBLICATION } from '../../src/domain/publication';
import profile from './profiles/tabular-data-package.json';
import { checkTables, type PackageResource } from './table-schema-check';

const DATA = join(__dirname, '..', '..', 'public', 'data');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
const published = () => JSON.parse(read('datapackage.json')) as { resources: PackageResource[] } & Record<string, unknown>;
const publishedFiles = (pkg: { resources: PackageResource[] }) => Object.fromEntries(pkg.resources.map((r) => [r.path, read(r.path)]));

// The profile carries annotation keywords of its own (propertyOrder, context, options): not strict.
const validate = new Ajv({ strict: false, allErrors: true }).compile(profile);
const profileErrors = (descriptor: unknown) =>
  validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('datapackage.json against the Frictionless Tabular Data Package profile', () => {
  it('is a valid tabular data package', () => {
    expect(profileErrors(published())).toEqual([]);
  });

  it('describes ties, offices and missions (and the economies their keys point to), with a licence and sources', () => {
    const pkg = published();
    expect(pkg.resources.map((r) => r.path)).toEqual(['ties.csv', 'offices.csv', 'missions.csv', 'economies.csv']);
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
    expect((pkg.sources as { title: string }[]).map((s) => s.title)).toContain('Trade and Industry Department (tier 1)');
  });

  it('states the licence the README states', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(`**Data licence: ${PUBLICATION.license.name}** ([${PUBLICATION.license.title}](${PUBLICATION.license.path}))`);
  });

  it('rejects a descriptor the standard does not allow', () => {
    const pkg = published();
    expect(profileErrors({ ...pkg, profile: 'data-package-of-sorts' })).not.toEqual([]);
    const badField = structuredClone(pkg);
    badField.resources[0].schema.fields[0].type = 'text' as 'string';
    expect(profileErrors(badField)).not.toEqual([]);
    expect(profileErrors({ ...pkg, resources: [] })).not.toEqual([]);
  });
});

describe('every published CSV against its table schema', () => {
  it('conforms: types, allowed values, required fields, primary and foreign keys', () => {
    const pkg = published();
    expect(checkTables(pkg.resources, publishedFiles(pkg))).toEqual([]);
  });

  it('names the file, row and field of a value outside the allowed ones', () => {
    const pkg = published();
    const files = publishedFiles(pkg);
    files['ties.csv'] = files['ties.csv'].replace(/(\n[^\n]*?),in_force,/, '$1,ratified,');
    expect(checkTables(pkg.resources, files)).toEqual([
      expect.stringMatching(/^ties\.csv, row \d+, field "status": "ratified" is not one of negotiating/),
    ]);
  });

  it('catches a repeated primary key, a missing foreign key target and a value of the wrong type', () => {
    const pkg = published();
    const files = publishedFiles(pkg);
    const [header, first] = files['missions.csv'].split('\n');
    files['missions.csv'] = `${files['missions.csv']}${first}\n`;
    files['economies.csv'] = files['economies.csv'].replace(/\nNZ,[^\n]*/, '');
    files['offices.csv'] = files['offices.csv'].replace(/,\d{4}-\d{2}-\d{2}(,https?:[^,]*,)(\d{4}-\d{2}-\d{2})/, ',2020-01-01$1yesterday');
    const errors = checkTables(pkg.resources, files);
    expect(header.endsWith('mission_id')).toBe(true);
    expect(errors).toContainEqual(expect.stringMatching(/^missions\.csv, row \d+: primary key mission_id .* repeats row 1$/));
    expect(errors).toContainEqual(expect.stringMatching(/^ties\.csv, row \d+: partner_iso2 \["NZ"\] not found in economies$/));
    expect(errors).toContainEqual(
      expect.stringMatching(/^offices\.csv, row \d+, field "checked": not a date \(YYYY-MM-DD\): "yesterday"$/),
    );
  });

  it('reports a header that differs from the schema', () => {
    const pkg = published();
    const files = publishedFiles(pkg);
    files['offices.csv'] = files['offices.csv'].replace(/^name,/, 'office_name,');
    expect(checkTables(pkg.resources, files)[0]).toMatch(/^offices\.csv: header office_name,.* does not match the schema's fields name,/);
  });
});
