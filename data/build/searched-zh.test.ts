/**
 * `searched_zh_hk` / `searched_zh_cn`: the Chinese of a `searched` sentence comes in both scripts or
 * neither, and only beside the English it translates. A slip fails the build naming file, row and field.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './read-sources';
import { buildErrors, missionRow, officeRow, tieRow, writeSourceTree } from './test-sources';

const EN = 'Entry into force: not found on Hong Kong government pages (searched Dec 2026).';
const HK = '生效日期：在香港特區政府網頁上未有找到（2026年12月查閱）。';
const CN = '生效日期：在香港特区政府网页上未找到（2026年12月查阅）。';
/** A signed tie must say where entry into force was looked for, so its `searched` is required. */
const signedTie = (overrides: Record<string, string>) => tieRow({ status: 'signed', in_force: '', searched: EN, ...overrides });

describe('data build: searched in Chinese', () => {
  it('reads both scripts into searchedZh, and null where neither is given', () => {
    const dir = writeSourceTree({
      ties: { fta: [signedTie({ searched_zh_hk: HK, searched_zh_cn: CN })], ippa: [signedTie({ agreement_id: 'ippa-nz' })] },
      offices: [officeRow({ opened: '', searched: EN, searched_zh_hk: HK, searched_zh_cn: CN })],
      missions: [missionRow({ end: '', searched: EN, searched_zh_hk: HK, searched_zh_cn: CN })],
    });
    const sources = readSources(dir, dir);
    expect(sources.errors).toEqual([]);
    const zh = { zhHK: HK, zhCN: CN };
    expect(sources.ties.map((t) => [t.record.agreementId, t.record.searched, t.record.searchedZh])).toEqual([
      ['fta-nz', EN, zh],
      ['ippa-nz', EN, null],
    ]);
    expect(sources.offices[0]!.record.searchedZh).toEqual(zh);
    expect(sources.missions[0]!.record.searchedZh).toEqual(zh);
  });

  it('fails a tie with the Chinese in one script only', () => {
    expect(buildErrors({ ties: { fta: [signedTie({ searched_zh_hk: HK })] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "searched_zh_cn": give searched_zh_hk and searched_zh_cn together, or neither',
    ]);
  });

  it('fails an office or a mission with the Chinese in one script only', () => {
    expect(buildErrors({ offices: [officeRow({ opened: '', searched: EN, searched_zh_cn: CN })] })).toEqual([
      'offices.csv, row 1 (line 2), field "searched_zh_cn": give searched_zh_hk and searched_zh_cn together, or neither (got "' + CN + '")',
    ]);
    expect(buildErrors({ missions: [missionRow({ end: '', searched: EN, searched_zh_hk: HK })] })).toEqual([
      'missions.csv, row 1 (line 2), field "searched_zh_cn": give searched_zh_hk and searched_zh_cn together, or neither',
    ]);
  });

  it('fails a Chinese sentence with no English one, in every file', () => {
    const message = (file: string) =>
      `${file}, row 1 (line 2), field "searched_zh_hk": a Chinese "searched" sentence with no English "searched" to translate (got "${HK}")`;
    expect(buildErrors({ ties: { fta: [tieRow({ searched_zh_hk: HK, searched_zh_cn: CN })] } })).toEqual([message('ties/fta.csv')]);
    expect(buildErrors({ offices: [officeRow({ searched_zh_hk: HK, searched_zh_cn: CN })] })).toEqual([message('offices.csv')]);
    expect(buildErrors({ missions: [missionRow({ searched_zh_hk: HK, searched_zh_cn: CN })] })).toEqual([message('missions.csv')]);
  });
});
