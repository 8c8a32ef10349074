import { describe, expect, it } from 'vitest';
import { SOURCE_HOSTS, sourceHostOf, tierOf } from '../../src/domain/source-hosts';
import { buildData } from './build';
import { buildErrors, disagreementRow, missionRow, officeRow, tieRow, writeSourceTree } from './test-sources';

const REUTERS = 'https://www.reuters.com/world/asia-pacific/x';
const NZ_GOV = 'https://www.ird.govt.nz/x';

describe('source hosts and tiers', () => {
  it('lists each host once, with a publisher and a tier', () => {
    const hosts = SOURCE_HOSTS.map((h) => h.host);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
    for (const h of SOURCE_HOSTS) expect(h.publisher.length).toBeGreaterThan(1);
  });

  it('takes the longest matching host, so a department is named before the government', () => {
    expect(sourceHostOf('https://www.ird.gov.hk/eng/tax/dta_inc.htm')?.publisher).toBe('Inland Revenue Department');
    expect(sourceHostOf('https://www.ceo.gov.hk/x')?.publisher).toBe('Hong Kong SAR Government');
    expect(tierOf('https://www.ird.gov.hk/x')).toBe(1);
    expect(tierOf(NZ_GOV)).toBe(2);
    expect(tierOf(REUTERS)).toBe(3);
    expect(sourceHostOf('https://gov.hk.example.com/x')).toBeNull();
  });
});

describe('data build: facts and their sources', () => {
  it('fails on a host that is not in the list', () => {
    const [error] = buildErrors({ ties: { fta: [tieRow({ in_force_source: 'https://press-release-mirror.example.net/x' })] } });
    expect(error).toMatch(/^ties\/fta\.csv, row 1 \(line 2\), field "in_force_source": host not in the list of source hosts/);
  });

  it('takes each fact from its own page, else from source_url, and publishes the weakest tier', () => {
    const files = buildData(writeSourceTree({ ties: { fta: [tieRow({ in_force_source: REUTERS })] } }), '/');
    const atlas = JSON.parse(files['atlas.json']);
    expect(atlas.ties[0]).toMatchObject({
      statusSource: 'https://www.tid.gov.hk/en/example.html',
      inForceSource: REUTERS,
      terminatedSource: null,
    });
    expect(files['ties.csv'].trim().split('\n')[1].endsWith(`,${REUTERS},3,fta-nz,,,,`)).toBe(true);
  });

  it('keeps a date known only to the month as a month', () => {
    const files = buildData(writeSourceTree({ ties: { fta: [tieRow({ signed: '2010-03', in_force: '2010-03-15' })] } }), '/');
    expect(JSON.parse(files['atlas.json']).ties[0]).toMatchObject({ signed: '2010-03', inForce: '2010-03-15' });
  });

  it('rejects a month that does not exist', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ signed: '2010-13' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "signed": not a real calendar date (got "2010-13")',
    ]);
  });

  it('fails on a source for a fact the row does not state', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ terminated_source: REUTERS })] } })).toEqual([
      `ties/fta.csv, row 1 (line 2), field "terminated_source": a source for terminated but no terminated value (got "${REUTERS}")`,
    ]);
    expect(buildErrors({ ties: { fta: [tieRow({ suspended_source: REUTERS })] } })).toEqual([
      `ties/fta.csv, row 1 (line 2), field "suspended_source": a source for suspended but no suspended value (got "${REUTERS}")`,
    ]);
  });

  it('publishes a suspension with the page that states it, and none where the row has none', () => {
    const files = buildData(
      writeSourceTree({
        ties: { fta: [tieRow({ suspended: '2020-08-03', suspended_source: REUTERS })], ippa: [tieRow({ agreement_id: 'ippa-nz' })] },
      }),
      '/',
    );
    const [suspended, plain] = JSON.parse(files['atlas.json']).ties;
    expect(suspended).toMatchObject({ suspended: '2020-08-03', suspendedSource: REUTERS });
    // The published CSV carries it too, and the secondary page makes the row's weakest tier 3.
    expect(files['ties.csv'].trim().split('\n')[1].endsWith(`,3,fta-nz,2020-08-03,${REUTERS},,`)).toBe(true);
    expect(plain).toMatchObject({ suspended: null, suspendedSource: null });
  });

  it('fails on a Chinese name without the page that states it, and on such a page without a name', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ agreement_name_zh: '中國香港與新西蘭緊密經貿合作協定' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "agreement_name_zh_source": a Chinese name needs the page that states it',
    ]);
    expect(buildErrors({ ties: { fta: [tieRow({ agreement_name_zh_source: REUTERS })] } })).toEqual([
      `ties/fta.csv, row 1 (line 2), field "agreement_name_zh_source": a source for agreement_name_zh but no agreement_name_zh value (got "${REUTERS}")`,
    ]);
  });

  it('publishes a Chinese name with its own page, which leaves the row’s weakest tier to the dated facts', () => {
    const zhPage = 'https://www.info.gov.hk/gia/general/201012/31/P201012300160.htm';
    const files = buildData(
      writeSourceTree({
        ties: { fta: [tieRow({ agreement_name_zh: '中國香港與新西蘭緊密經貿合作協定', agreement_name_zh_source: zhPage })] },
      }),
      '/',
    );
    expect(JSON.parse(files['atlas.json']).ties[0]).toMatchObject({
      agreementNameZh: '中國香港與新西蘭緊密經貿合作協定',
      agreementNameZhSource: zhPage,
    });
    expect(files['ties.csv'].trim().split('\n')[1].endsWith(`,1,fta-nz,,,中國香港與新西蘭緊密經貿合作協定,${zhPage}`)).toBe(true);
  });

  it('requires "searched" for a missing fact: signed with no entry into force, in force with no date', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ status: 'signed', in_force: '' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "status": signed with no entry into force recorded: say in "searched" where it was looked for',
    ]);
    expect(buildErrors({ ties: { fta: [tieRow({ in_force: '' })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "in_force": in force with no entry-into-force date: say in "searched" where it was looked for',
    ]);
    expect(
      buildErrors({ ties: { fta: [tieRow({ in_force: '', searched: 'Entry-into-force date: not stated by the pages searched.' })] } }),
    ).toEqual([]);
    expect(buildErrors({ offices: [officeRow({ opened: '' })] })).toEqual([
      'offices.csv, row 1 (line 2), field "opened": no opening date: say in "searched" where it was looked for',
    ]);
    expect(buildErrors({ missions: [missionRow({ mous_signed: '' })] })).toEqual([
      'missions.csv, row 1 (line 2), field "mous_signed": a fact is missing: say in "searched" where it was looked for',
    ]);
  });

  it('keeps a disagreement from a page of the same or a lower tier and publishes it', () => {
    const files = buildData(writeSourceTree({ disagreements: [disagreementRow()] }), '/');
    expect(JSON.parse(files['atlas.json']).disagreements).toEqual([
      {
        recordId: 'fta-nz',
        partner: null,
        field: 'in_force',
        value: '2011-01-02',
        sourceUrl: 'https://www.reuters.com/x',
        checked: '2026-12-05',
      },
    ]);
  });

  it('fails when a lower-tier value overrides a higher-tier one', () => {
    const tree = {
      ties: { fta: [tieRow({ in_force_source: REUTERS })] },
      disagreements: [disagreementRow({ source_url: 'https://www.tid.gov.hk/y' })],
    };
    expect(buildErrors(tree)).toEqual([
      'disagreements.csv, row 1 (line 2), field "source_url": a tier-1 page disagrees with a value kept from a tier-3 page: the higher tier\'s value must be kept',
    ]);
  });

  it('fails on a disagreement about no record, about the kept value itself, or about a fact the record lacks', () => {
    expect(buildErrors({ disagreements: [disagreementRow({ record_id: 'fta-xx' })] })).toEqual([
      'disagreements.csv, row 1 (line 2), field "record_id": no record "fta-xx" with a in_force fact (bloc rows need partner_iso2)',
    ]);
    expect(buildErrors({ disagreements: [disagreementRow({ value: '2011-01-01' })] })).toEqual([
      'disagreements.csv, row 1 (line 2), field "value": "2011-01-01" is the value the record keeps: not a disagreement',
    ]);
    expect(buildErrors({ ties: { fta: [tieRow({ terminated: '' })] }, disagreements: [disagreementRow({ field: 'terminated' })] })).toEqual(
      ['disagreements.csv, row 1 (line 2), field "value": the record keeps no terminated: put the value in the record with its source'],
    );
  });

  it('accepts an official total only from a Hong Kong government page', () => {
    const headline = (source_url: string) => [
      { metric: 'fta_agreements', value: '1', as_of: '2026-01-01', source_url, checked: '2026-12-05', note: '' },
    ];
    expect(buildErrors({ headline: headline('https://www.tid.gov.hk/x') })).toEqual([]);
    expect(buildErrors({ headline: headline(REUTERS) })).toEqual([
      'headline_totals.csv, row 1 (line 2), field "source_url": an official total must be stated on a Hong Kong government page (tier 1) (got "https://www.reuters.com/world/asia-pacific/x")',
    ]);
  });
});

describe('data build: the timeline keeps every tie in force', () => {
  it('fails when an in-force tie would fall outside the timeline (entry into force after the as-of date)', () => {
    expect(buildErrors({ ties: { fta: [tieRow({ in_force: '2027-01-01' })] } })).toEqual([
      'ties/fta.csv: the timeline shows 0 of 1 ties in force by 2026: an entry-into-force date after the as-of date?',
    ]);
  });
});
