import { describe, expect, it } from 'vitest';
import { buildData } from './build';
import { buildErrors, tieRow, writeSourceTree } from './test-sources';

/** A valid tree goes through the whole build: 50m geometry simplified, then the map's places and arcs (seconds on 2 cores). */
const FULL_BUILD = { timeout: 30_000 };

describe('data build: bad rows fail naming file, row and field', () => {
  it('accepts a valid tree', FULL_BUILD, () => {
    expect(buildErrors({})).toEqual([]);
  });

  it('missing source URL', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ source_url: '' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "source_url": a source URL is required',
    ]);
  });

  it('unofficial source host', () => {
    const [error] = buildErrors({ ties: { fta: [tieRow({ source_url: 'https://example.com/fta' })] } });
    expect(error).toMatch(/^ties\/fta\.csv, row 1 \(line 2\), field "source_url": host not in the list of source hosts/);
  });

  it('malformed date', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ signed: '29/03/2010' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "signed": expected a date as YYYY-MM-DD, or YYYY-MM when the source gives only the month (got "29/03/2010")',
    ]);
  });

  it('impossible date', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ in_force: '2011-02-30' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "in_force": not a real calendar date (got "2011-02-30")',
    ]);
  });

  it('entry into force before signature', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ signed: '2010-03-29', in_force: '2009-01-01' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "in_force": entry into force 2009-01-01 is before signature 2010-03-29',
    ]);
  });

  it('unknown ISO code', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ partner_iso2: 'ZZ' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "partner_iso2": unknown economy "ZZ" (not in economies.csv)',
    ]);
  });

  it('unknown status', () => {
    const [error] = buildErrors({ ties: { fta: [tieRow({ status: 'ratified' })] } });
    expect(error).toMatch(/^ties\/fta\.csv, row 1 \(line 2\), field "status": expected one of negotiating, concluded/);
  });

  it('unknown tie type (file name)', () => {
    expect(buildErrors({ ties: { treaty: [tieRow()] } })).toEqual([
      'ties/treaty.csv: unknown tie type "treaty" (file name must be a known tie type)',
    ]);
  });

  it('duplicate record', () => {
    expect(buildErrors({ ties: { fta: [tieRow(), tieRow()] } })).toEqual([
      'ties/fta.csv, row 2 (line 3), field "partner_iso2": duplicate agreement and partner "fta-nz / NZ" (first at row 1 of ties/fta.csv)',
    ]);
  });

  it('reports every bad row in one run', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ signed: 'x' }), tieRow({ partner_iso2: 'SG', checked: '' })] } })).toHaveLength(2);
  });
});

describe('data build: outputs', () => {
  it('writes ties.csv with the published columns', FULL_BUILD, () => {
    const files = buildData(writeSourceTree(), '/');
    expect(files['ties.csv']).toBe(
      'partner_iso2,partner_name,tie_type,agreement_name,bloc,status,signed,in_force,source_url,checked,status_source,signed_source,in_force_source,source_tier,agreement_id,suspended,suspended_source,agreement_name_zh,agreement_name_zh_source\n' +
        'NZ,New Zealand,fta,Hong Kong–New Zealand CEP,,in_force,2010-03-29,2011-01-01,https://www.tid.gov.hk/en/example.html,2026-11-23,' +
        'https://www.tid.gov.hk/en/example.html,https://www.tid.gov.hk/en/example.html,https://www.tid.gov.hk/en/example.html,1,fta-nz,,,,\n',
    );
  });

  it('is deterministic', FULL_BUILD, () => {
    const dir = writeSourceTree();
    expect(buildData(dir, dir)).toEqual(buildData(dir, dir));
  });

  it('gives small partner economies a clickable point and keeps large ones as areas only', FULL_BUILD, () => {
    const dir = writeSourceTree({ ties: { fta: [tieRow(), tieRow({ partner_iso2: 'SG' })] } });
    const geo = JSON.parse(buildData(dir, dir)['economies.geojson']);
    const shapes = (iso2: string) =>
      geo.features
        .filter((f: { properties: { iso2: string } }) => f.properties.iso2 === iso2)
        .map((f: { properties: { shape: string } }) => f.properties.shape);
    expect(shapes('SG')).toEqual(['area', 'point']);
    expect(shapes('HK')).toEqual(['area', 'point']);
    expect(shapes('NZ')).toEqual(['area']);
  });
});
