/**
 * Every kind of bad row outside the tie files fails the build with a message naming the file, the
 * row (and its line) and the field. Ties are covered in build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildErrors, economyRow, milestoneRow, missionRow, officeRow, protocolRow, tieRow } from './test-sources';

describe('data build: valid rows of every file pass', () => {
  it('accepts an office, a mission, a protocol, a milestone and a Belt and Road partner', () => {
    const tree = {
      offices: [officeRow()],
      missions: [missionRow()],
      protocols: [protocolRow()],
      milestones: [milestoneRow()],
      beltAndRoad: [{ partner_iso2: 'SG', source_url: tieRow().source_url, other_sources: '', checked: '2026-11-23', note: '' }],
    };
    expect(buildErrors(tree)).toEqual([]);
  });
});

describe('data build: offices', () => {
  it('duplicate office', () => {
    expect(buildErrors({ offices: [officeRow(), officeRow({ city: 'Jakarta' })] })).toEqual([
      'offices.csv, row 2 (line 3), field "office_id": duplicate office "eto-singapore" (first at row 1 of offices.csv)',
    ]);
  });

  it('unknown office type', () => {
    const [error] = buildErrors({ offices: [officeRow({ office_type: 'embassy' })] });
    expect(error).toMatch(
      /^offices\.csv, row 1 \(line 2\), field "office_type": expected one of eto_overseas, eto_mainland, .* \(got "embassy"\)$/,
    );
  });

  it('malformed code in covers', () => {
    expect(buildErrors({ offices: [officeRow({ covers: 'SG;nz' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "covers": "nz" is not an ISO 3166-1 alpha-2 code (got "SG;nz")',
    ]);
  });

  it('unknown economy in covers', () => {
    expect(buildErrors({ offices: [officeRow({ covers: 'SG;ZZ' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "covers": unknown economy "ZZ" (not in economies.csv)',
    ]);
  });

  it('unknown country', () => {
    expect(buildErrors({ offices: [officeRow({ country_iso2: 'XK' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "country_iso2": unknown economy "XK" (not in economies.csv)',
    ]);
  });

  it('coordinates out of range', () => {
    const [error] = buildErrors({ offices: [officeRow({ lat: '123' })] });
    expect(error).toMatch(/^offices\.csv, row 1 \(line 2\), field "lat": .*90.* \(got "123"\)$/);
  });

  it("a city's Chinese name in one script only", () => {
    expect(buildErrors({ offices: [officeRow({ city_zh_cn: '' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "city_zh_cn": give city_zh_hk and city_zh_cn together, or neither',
    ]);
    expect(buildErrors({ offices: [officeRow({ city_zh_hk: '', city_zh_cn: '' })] })).toEqual([]);
  });

  it('missing source URL', () => {
    expect(buildErrors({ offices: [officeRow({ source_url: '' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "source_url": a source URL is required',
    ]);
  });
});

describe('data build: missions', () => {
  it("a mission's Chinese name in one script only", () => {
    expect(buildErrors({ missions: [missionRow({ name_zh_hk: '行政長官訪問新西蘭' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "name_zh_cn": give name_zh_hk and name_zh_cn together, or neither',
    ]);
    expect(buildErrors({ missions: [missionRow({ name_zh_hk: '行政長官訪問新西蘭', name_zh_cn: '行政长官访问新西兰' })] })).toEqual([]);
  });

  it('duplicate mission', () => {
    expect(
      buildErrors({
        missions: [missionRow(), missionRow({ start: '2025-01-01', end: '', searched: 'End date: not given on the pages found.' })],
      }),
    ).toEqual(['missions.csv, row 2 (line 3), field "mission_id": duplicate mission "ce-2024-nz" (first at row 1 of missions.csv)']);
  });

  it('end before start', () => {
    expect(buildErrors({ missions: [missionRow({ end: '2024-04-30' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "end": end 2024-04-30 is before start 2024-05-01',
    ]);
  });

  it('impossible start date', () => {
    expect(buildErrors({ missions: [missionRow({ start: '2024-13-01' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "start": not a real calendar date (got "2024-13-01")',
    ]);
  });

  it('unknown destination', () => {
    expect(buildErrors({ missions: [missionRow({ destinations: 'NZ;QQ' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "destinations": unknown economy "QQ" (not in economies.csv)',
    ]);
  });

  it('no destination', () => {
    expect(buildErrors({ missions: [missionRow({ destinations: '' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "destinations": at least one destination',
    ]);
  });

  it('MOU count that is not a whole number', () => {
    expect(buildErrors({ missions: [missionRow({ mous_signed: 'about 20' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "mous_signed": expected a whole number (got "about 20")',
    ]);
  });
});

describe('data build: CDTA protocols', () => {
  it('protocol of an agreement that does not exist', () => {
    expect(buildErrors({ protocols: [protocolRow({ agreement_id: 'cdta-xx' })] })).toEqual([
      'ties/cdta_protocols.csv, row 1 (line 2), field "agreement_id": no agreement "cdta-xx" in ties/',
    ]);
  });

  it('entry into force before signature', () => {
    expect(buildErrors({ protocols: [protocolRow({ signed: '2016-06-01', in_force: '2016-01-01' })] })).toEqual([
      'ties/cdta_protocols.csv, row 1 (line 2), field "in_force": entry into force 2016-01-01 is before signature 2016-06-01',
    ]);
  });

  it('malformed date', () => {
    expect(buildErrors({ protocols: [protocolRow({ signed: '2015' })] })).toEqual([
      'ties/cdta_protocols.csv, row 1 (line 2), field "signed": expected a date as YYYY-MM-DD, or YYYY-MM when the source gives only the month (got "2015")',
    ]);
  });
});

describe('data build: milestones, Belt and Road, economies, headers', () => {
  it('unknown milestone kind', () => {
    const [error] = buildErrors({ milestones: [milestoneRow({ kind: 'rumour' })] });
    expect(error).toMatch(/^milestones\.csv, row 1 \(line 2\), field "kind": expected one of .* \(got "rumour"\)$/);
  });

  it("a milestone's Chinese title in one script only", () => {
    expect(buildErrors({ milestones: [milestoneRow({ title_zh_cn: '香港申请加入RCEP' })] })).toEqual([
      'milestones.csv, row 1 (line 2), field "title_zh_cn": give title_zh_hk and title_zh_cn together, or neither (got "香港申请加入RCEP")',
    ]);
  });

  it('milestone related to an agreement that does not exist', () => {
    expect(buildErrors({ milestones: [milestoneRow({ related_agreement_id: 'fta-zz' })] })).toEqual([
      'milestones.csv, row 1 (line 2), field "related_agreement_id": no agreement "fta-zz" in ties/',
    ]);
  });

  it('duplicate Belt and Road partner', () => {
    const row = { partner_iso2: 'SG', source_url: tieRow().source_url, other_sources: '', checked: '2026-11-23', note: '' };
    expect(buildErrors({ beltAndRoad: [row, row] })).toEqual([
      'belt_and_road.csv, row 2 (line 3), field "partner_iso2": duplicate partner "SG" (first at row 1 of belt_and_road.csv)',
    ]);
  });

  it('duplicate economy', () => {
    const economies = [
      economyRow('HK', '344', 'Hong Kong', '114.19', '22.27'),
      economyRow('NZ', '554', 'New Zealand', '174.00', '-41.00'),
      economyRow('NZ', '554', 'New Zealand', '174.00', '-41.00'),
    ];
    expect(buildErrors({ economies })).toEqual([
      'economies.csv, row 3 (line 4), field "iso2": duplicate economy "NZ" (first at row 2 of economies.csv)',
    ]);
  });

  it('unofficial URL among other sources', () => {
    const [error] = buildErrors({ ties: { fta: [tieRow({ other_sources: 'https://www.tid.gov.hk/a ; https://news.example.org/b' })] } });
    expect(error).toMatch(
      /^ties\/fta\.csv, row 1 \(line 2\), field "other_sources": host not in the list of source hosts .*news\.example\.org/,
    );
  });

  it('a script URL is not a source', () => {
    const [error] = buildErrors({ ties: { fta: [tieRow({ source_url: 'javascript:alert(1)' })] } });
    expect(error).toMatch(/^ties\/fta\.csv, row 1 \(line 2\), field "source_url": not an absolute http\(s\) URL/);
  });
});

describe('data build: milestones known only to the month', () => {
  it('accepts a month without a day, and rejects a malformed or contradicting month', () => {
    expect(buildErrors({ milestones: [milestoneRow({ date: '', month: '2022-01' })] })).toEqual([]);
    expect(buildErrors({ milestones: [milestoneRow({ date: '', month: '2022-13' })] })).toEqual([
      'milestones.csv, row 1 (line 2), field "month": expected a month as YYYY-MM (got "2022-13")',
    ]);
    expect(buildErrors({ milestones: [milestoneRow({ date: '2008-01-01', month: '2009-01' })] })).toEqual([
      'milestones.csv, row 1 (line 2), field "month": month 2009-01 disagrees with date 2008-01-01 (got "2009-01")',
    ]);
  });
});
