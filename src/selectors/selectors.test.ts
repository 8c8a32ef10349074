import { describe, expect, it } from 'vitest';
import { countsByType, cumulativeTimeline } from './chart-series';
import { featureStateChanges, mapFeatureStates } from './map-feature-states';
import { headlineCount } from './headline-counts';
import { summarisePartners } from './partner-summaries';
import { makeAtlas, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const asean = ['BN', 'SG', 'TH'].map((p) =>
  makeTie({ agreementId: 'fta-asean', partner: iso2(p), bloc: 'ASEAN', signed: '2017-11-12', inForce: '2019-06-11' }),
);

describe('summarisePartners', () => {
  it('counts live tie types and standing per partner', () => {
    const s = summarisePartners([
      makeTie(),
      makeTie({ tieType: 'cdta', agreementId: 'cdta-nz', status: 'signed', inForce: null }),
      makeTie({ partner: iso2('PE'), agreementId: 'fta-pe', status: 'signed', inForce: null }),
      makeTie({ partner: iso2('AU'), agreementId: 'ippa-au-1993', tieType: 'ippa', status: 'superseded', terminated: '2020-01-17' }),
    ]);
    expect(s.get(iso2('NZ'))).toMatchObject({ types: ['fta', 'cdta'], inForceTypes: ['fta'], standing: 'in_force' });
    expect(s.get(iso2('PE'))).toMatchObject({ types: ['fta'], standing: 'pipeline' });
    expect(s.get(iso2('AU'))).toMatchObject({ types: [], standing: 'ended' });
  });

  it('counts ties, ties in force and the earliest start per partner, whatever their status', () => {
    const s = summarisePartners([
      makeTie({ signed: '2010-03-29' }),
      makeTie({ tieType: 'cdta', agreementId: 'cdta-nz', status: 'signed', signed: '2009-01-01', inForce: null }),
      // No signature date: its entry into force is when it began.
      makeTie({
        tieType: 'ippa',
        agreementId: 'ippa-nz',
        signed: null,
        inForce: '2008-05-05',
        status: 'terminated',
        terminated: '2012-01-01',
      }),
    ]);
    expect(s.get(iso2('NZ'))).toMatchObject({ tieCount: 3, inForceCount: 1, earliestTie: '2008-05-05', types: ['fta', 'cdta'] });
  });
});

describe('map feature states', () => {
  it('writes only what changed and resets economies that dropped out', () => {
    const before = mapFeatureStates(summarisePartners([makeTie(), makeTie({ partner: iso2('CL'), agreementId: 'fta-cl' })]));
    const after = mapFeatureStates(summarisePartners([makeTie(), makeTie({ tieType: 'cdta', agreementId: 'cdta-nz' })]));
    expect(featureStateChanges(before, after)).toEqual([
      ['NZ', { typeCount: 2, standing: 'in_force' }],
      ['CL', { typeCount: 0, standing: 'none' }],
    ]);
  });
});

describe('countsByType', () => {
  it('counts a bloc agreement once and each member economy once, leaving out the pipeline', () => {
    const maldives = makeTie({ partner: iso2('MV'), agreementId: 'fta-mv', status: 'concluded', signed: null, inForce: null });
    expect(countsByType([...asean, makeTie(), maldives], ['fta', 'ippa'])).toEqual([
      { type: 'fta', agreements: 2, economies: 4 },
      { type: 'ippa', agreements: 0, economies: 0 },
    ]);
  });
});

describe('cumulativeTimeline', () => {
  it('accumulates per year on the chosen basis and drops ended ties', () => {
    const ties = [
      makeTie(),
      makeTie({
        partner: iso2('AU'),
        agreementId: 'x',
        signed: '2012-01-01',
        inForce: '2013-01-01',
        terminated: '2014-06-01',
        status: 'terminated',
      }),
    ];
    const { rows } = cumulativeTimeline(ties, ['fta'], 'inForce', 2015);
    expect(rows).toEqual([
      { year: 2011, fta: 1 },
      { year: 2012, fta: 1 },
      { year: 2013, fta: 2 },
      { year: 2014, fta: 1 },
      { year: 2015, fta: 1 },
    ]);
  });

  it('reports ties it cannot place', () => {
    expect(cumulativeTimeline([makeTie({ inForce: null })], ['fta'], 'inForce', 2020)).toEqual({
      rows: [],
      undated: { fta: 1 },
      undatedTotal: 1,
    });
  });
});

describe('headlineCount', () => {
  it('counts agreements and economies as at a date, bloc once', () => {
    const atlas = makeAtlas({
      ties: [
        ...asean,
        makeTie(),
        makeTie({ partner: iso2('PE'), agreementId: 'fta-pe', signed: '2024-11-15', inForce: null, status: 'signed' }),
      ],
    });
    expect(headlineCount(atlas, 'fta_agreements', '2024-01-01')).toBe(2);
    expect(headlineCount(atlas, 'fta_agreements', '2025-01-01')).toBe(3);
    expect(headlineCount(atlas, 'fta_economies', '2025-01-01')).toBe(5);
  });

  it('leaves out concluded and negotiating agreements, and those ended before the date', () => {
    const atlas = makeAtlas({
      ties: [
        makeTie({ tieType: 'ippa', agreementId: 'a', status: 'concluded', signed: null, inForce: null }),
        makeTie({ tieType: 'ippa', agreementId: 'b', status: 'superseded', terminated: '2020-01-17' }),
      ],
    });
    expect(headlineCount(atlas, 'ippa_agreements', '2019-01-01')).toBe(1);
    expect(headlineCount(atlas, 'ippa_agreements', '2021-01-01')).toBe(0);
  });

  it('counts offices from their opening date', () => {
    const atlas = makeAtlas({ offices: [makeOffice(), makeOffice({ officeId: 'eto-kl', opened: '2025-12-10' })] });
    expect(headlineCount(atlas, 'eto_overseas', '2025-11-11')).toBe(1);
    expect(headlineCount(atlas, 'eto_overseas', '2026-01-01')).toBe(2);
  });
});
