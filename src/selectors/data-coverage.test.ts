import { describe, expect, it } from 'vitest';
import { dataCoverage } from './data-coverage';
import type { Tie } from '../domain/records';
import { makeAtlas, makeMission, makeOffice, makeTie } from '../testing/test-factories';

describe('dataCoverage', () => {
  it('counts known signature and entry-into-force days against the ties that should have them', () => {
    const atlas = makeAtlas({
      ties: [
        makeTie({ agreementId: 'fta-asean', partner: 'SG' as Tie['partner'], bloc: 'ASEAN', inForce: '2019-06-11' }),
        makeTie({ agreementId: 'fta-asean', partner: 'MY' as Tie['partner'], bloc: 'ASEAN', inForce: null }),
        makeTie({ agreementId: 'fta-pe', partner: 'PE' as Tie['partner'], status: 'signed', inForce: null }),
        makeTie({ agreementId: 'fta-mv', partner: 'MV' as Tie['partner'], status: 'concluded', signed: null, inForce: null }),
        makeTie({ agreementId: 'cdta-rs', tieType: 'cdta', partner: 'RS' as Tie['partner'], signed: null, inForce: null }),
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
        makeTie({ partner: 'NZ' as Tie['partner'], inForceSource: 'https://www.reuters.com/x' }),
        makeTie({ partner: 'SG' as Tie['partner'], statusSource: 'https://www.ird.govt.nz/x', inForceSource: 'https://www.ird.govt.nz/x' }),
      ],
    });
    const [fta] = dataCoverage(atlas).tieTypes;
    expect(fta.inForce.byTier).toEqual({ 1: 0, 2: 1, 3: 1 });
    expect(fta.inForceStatus).toEqual({ 1: 1, 2: 1, 3: 0 });
  });

  it('lists every record that says a fact was looked for and not found', () => {
    const atlas = makeAtlas({
      ties: [makeTie({ status: 'signed', inForce: null, searched: 'Entry into force: not found.' }), makeTie({ partner: 'SG' as Tie['partner'] })],
      offices: [makeOffice({ searched: 'Opening date: not found.' })],
    });
    expect(dataCoverage(atlas).missing.map((f) => [f.kind, f.id, f.searched])).toEqual([
      ['office', 'eto-london', 'Opening date: not found.'],
      ['tie', 'fta-nz-NZ', 'Entry into force: not found.'],
    ]);
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
