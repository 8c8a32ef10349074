import { describe, expect, it } from 'vitest';
import { dataCoverage } from './data-coverage';
import type { Tie } from '../domain/records';
import { makeAtlas, makeMission, makeOffice, makeTie } from './test-factories';

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
    expect(fta).toEqual({ type: 'fta', agreements: 3, ties: 4, signed: { known: 3, of: 3 }, inForce: { known: 1, of: 2 }, signedOnly: 1 });
    expect(cdta).toEqual({ type: 'cdta', agreements: 1, ties: 1, signed: { known: 0, of: 1 }, inForce: { known: 0, of: 1 }, signedOnly: 0 });
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
