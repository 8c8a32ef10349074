import { describe, expect, it } from 'vitest';
import { dataCoverage } from './data-coverage';
import { makeAtlas, makeMission, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

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

  it('orders the facts by kind, tie type, name and partner, copies of one record kept in their order', () => {
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
    // FTAs before CDTAs (the tie types' order), names as a reader sorts them (alpha before Beta).
    expect(dataCoverage(atlas).missing.map((f) => f.id)).toEqual(['ce-1', 'fta-a-SG', 'fta-z-NZ', 'cdta-a2-NZ', 'cdta-a1-NZ', 'cdta-b-SG']);
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
});
