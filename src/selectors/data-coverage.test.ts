import { describe, expect, it } from 'vitest';
import { dataCoverage, type MissingFact, missingFactsInReadersOrder } from './data-coverage';
import { makeAtlas, makeMission, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';
import type { Locale } from '../domain/locales';
import { formatters } from '../i18n/format';

describe('dataCoverage', () => {
  it('counts known signature and entry-into-force days against the ties that should have them', () => {
    const atlas = makeAtlas({
      ties: [
        makeTie({ agreementId: 'fta-asean', partner: iso2('SG'), bloc: 'ASEAN', inForce: '2019-06-11' }),
        makeTie({ agreementId: 'fta-asean', partner: iso2('MY'), bloc: 'ASEAN', inForce: null }),
        makeTie({ agreementId: 'fta-pe', partner: iso2('PE'), status: 'signed', inForce: null }),
        makeTie({ agreementId: 'fta-mv', partner: iso2('MV'), status: 'concluded', signed: null, inForce: null }),
        makeTie({ agreementId: 'cdta-rs', tieType: 'cdta', partner: iso2('RS'), signed: null, inForce: null }),
      ],
    });
    const [fta, cdta] = dataCoverage(atlas).tieTypes;
    // The concluded Maldives FTA has no signature to miss; the signed Peru FTA has no entry into force to miss.
    expect(fta).toEqual({
      type: 'fta',
      agreements: 3,
      ties: 4,
      signed: { known: 3, of: 3, byTier: { 1: 3, 2: 0, 3: 0 } },
      inForce: { known: 1, of: 2, byTier: { 1: 1, 2: 0, 3: 0 } },
      inForceStatus: { 1: 2, 2: 0, 3: 0 },
      signedOnly: 1,
    });
    expect(cdta).toMatchObject({ signed: { known: 0, of: 1 }, inForce: { known: 0, of: 1 }, signedOnly: 0 });
  });

  it('splits each known date by the tier of the page that states it', () => {
    const atlas = makeAtlas({
      ties: [
        makeTie({ partner: iso2('NZ'), inForceSource: 'https://www.reuters.com/x' }),
        makeTie({ partner: iso2('SG'), statusSource: 'https://www.ird.govt.nz/x', inForceSource: 'https://www.ird.govt.nz/x' }),
      ],
    });
    const [fta] = dataCoverage(atlas).tieTypes;
    expect(fta.inForce.byTier).toEqual({ 1: 0, 2: 1, 3: 1 });
    expect(fta.inForceStatus).toEqual({ 1: 1, 2: 1, 3: 0 });
  });

  it('lists every record that says a fact was looked for and not found', () => {
    const atlas = makeAtlas({
      ties: [makeTie({ status: 'signed', inForce: null, searched: 'Entry into force: not found.' }), makeTie({ partner: iso2('SG') })],
      offices: [makeOffice({ searched: 'Opening date: not found.' })],
    });
    expect(dataCoverage(atlas).missing.map((f) => [f.kind, f.id, f.searched])).toEqual([
      ['office', 'eto-london', 'Opening date: not found.'],
      ['tie', 'fta-nz-NZ', 'Entry into force: not found.'],
    ]);
  });

  it('carries each sentence in Chinese where the data writes it, and the Chinese interfaces show it in their script', () => {
    const zh = { zhHK: '生效：未有找到（2026年12月查閱）。', zhCN: '生效：未找到（2026年12月查阅）。' };
    const atlas = makeAtlas({
      ties: [makeTie({ status: 'signed', inForce: null, searched: 'Entry into force: not found (searched Dec 2026).', searchedZh: zh })],
      offices: [makeOffice({ searched: 'Opening date: not found.' })],
      missions: [makeMission({ end: null, searched: 'End date: not found.', searchedZh: zh })],
    });
    const facts = dataCoverage(atlas).missing;
    expect(facts.map((f) => [f.kind, f.searchedZh])).toEqual([
      ['mission', zh],
      ['office', null],
      ['tie', zh],
    ]);
    const shown = (locale: Locale) => facts.map((f) => formatters(locale).local(f.searched, f.searchedZh));
    expect(shown('zh-HK')).toEqual([
      { text: zh.zhHK, english: false },
      // No Chinese written: the English, flagged so the interface marks it lang="en" and labels it as English.
      { text: 'Opening date: not found.', english: true },
      { text: zh.zhHK, english: false },
    ]);
    expect(shown('zh-CN').map((t) => t.text)).toEqual([zh.zhCN, 'Opening date: not found.', zh.zhCN]);
    expect(shown('en')).toEqual([
      { text: 'End date: not found.', english: false },
      { text: 'Opening date: not found.', english: false },
      { text: 'Entry into force: not found (searched Dec 2026).', english: false },
    ]);
  });

  it("groups the facts by kind and tie type, records in the atlas order; the reader's order then sorts each group by name and partner", () => {
    const searched = 'Entry into force: not found.';
    const atlas = makeAtlas({
      ties: [
        makeTie({ agreementId: 'cdta-b', tieType: 'cdta', agreementName: 'Beta', partner: iso2('SG'), searched }),
        makeTie({ agreementId: 'fta-z', agreementName: 'Zeta', partner: iso2('NZ'), searched }),
        makeTie({ agreementId: 'cdta-a2', tieType: 'cdta', agreementName: 'alpha', partner: iso2('NZ'), searched }),
        makeTie({ agreementId: 'cdta-a1', tieType: 'cdta', agreementName: 'alpha', partner: iso2('NZ'), searched }),
        makeTie({ agreementId: 'fta-a', agreementName: 'Alpha', partner: iso2('SG'), searched }),
      ],
      missions: [makeMission({ missionId: 'ce-1', searched: 'End date: not found.' })],
    });
    // Missions, then offices, then FTAs before CDTAs (the tie types' order).
    const facts = dataCoverage(atlas).missing;
    expect(facts.map((f) => f.id)).toEqual(['ce-1', 'fta-z-NZ', 'fta-a-SG', 'cdta-b-SG', 'cdta-a2-NZ', 'cdta-a1-NZ']);
    // Names as a reader sorts them (alpha before Beta), copies of one name and partner kept in their order.
    const english = missingFactsInReadersOrder(
      facts,
      (f) => f.name,
      (c) => c,
      new Intl.Collator('en-GB').compare,
    );
    expect(english.map((f) => f.id)).toEqual(['ce-1', 'fta-a-SG', 'fta-z-NZ', 'cdta-a2-NZ', 'cdta-a1-NZ', 'cdta-b-SG']);
  });

  it('leaves out tie types with no records and counts office and mission facts', () => {
    const atlas = makeAtlas({
      ties: [makeTie()],
      offices: [makeOffice({ opened: '2019-02-28' }), makeOffice({ officeId: 'eto-tokyo' })],
      missions: [makeMission({ missionId: 'ce-1' })],
    });
    const coverage = dataCoverage(atlas);
    expect(coverage.tieTypes.map((c) => c.type)).toEqual(['fta']);
    expect(coverage.officesOpened).toEqual({ known: 1, of: 2 });
    expect(coverage.missionsEnded).toEqual({ known: 1, of: 1 });
    expect(coverage.missionMous).toEqual({ known: 0, of: 1 });
  });

  it("orders the facts by the names the reader sees, in the reader's collation, within each kind and type", () => {
    const fact = (
      id: string,
      name: string,
      zh: string | null,
      partner: string | null,
      tieType: MissingFact['tieType'] = 'fta',
    ): MissingFact => ({
      kind: 'tie',
      id,
      tieType,
      name,
      nameZh: zh,
      partner,
      searched: 'Entry into force: not found.',
      searchedZh: null,
    });
    const facts = [
      fact('mission', 'Visit', null, null, null),
      fact('au', 'Australia FTA', '澳洲', 'AU'),
      fact('nz', 'New Zealand FTA', '新西蘭', 'NZ'),
      fact('jp', 'Japan FTA', '日本', 'JP'),
      fact('asean-vn', 'ASEAN FTA', null, 'VN'),
      fact('asean-bn', 'ASEAN FTA', null, 'BN'),
      fact('cdta', 'Albania CDTA', null, 'AL', 'cdta'),
    ];
    facts[0] = { ...facts[0]!, kind: 'mission' };
    const partners: Record<string, string> = {
      VN: 'Viet Nam',
      BN: 'Brunei',
      AU: 'Australia',
      NZ: 'New Zealand',
      JP: 'Japan',
      AL: 'Albania',
    };
    const order = (locale: string, zh: boolean) =>
      missingFactsInReadersOrder(
        facts,
        (f) => (zh && typeof f.nameZh === 'string' ? f.nameZh : f.name),
        (c) => partners[c] ?? c,
        new Intl.Collator(locale).compare,
      ).map((f) => f.id);
    // Each kind and tie type stays where missingFacts put it; within one, names then partners (Brunei before Viet Nam).
    expect(order('en-GB', false)).toEqual(['mission', 'asean-bn', 'asean-vn', 'au', 'jp', 'nz', 'cdta']);
    // Stroke order in Hong Kong (日 4, 新 13, 澳 16 strokes), pinyin in the Mainland (ao, ri, xin); English names after Chinese.
    expect(order('zh-HK', true)).toEqual(['mission', 'jp', 'nz', 'au', 'asean-bn', 'asean-vn', 'cdta']);
    expect(order('zh-CN', true)).toEqual(['mission', 'au', 'jp', 'nz', 'asean-bn', 'asean-vn', 'cdta']);
  });
});
