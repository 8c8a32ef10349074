import { describe, expect, it } from 'vitest';
import type { EconomyAnchor } from './geo/economy-anchors';
import { economyHoverInfo } from './hover-info';
import { hubArcs, labelPoints, layerScope, officeMarkers } from './map-layers';
import { networkSummary, officeProfile } from './network-summary';
import { summarisePartners } from './partner-summaries';
import { makeAtlas, makeEconomy, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const anchor = (lon: number, lat: number, size = 1): EconomyAnchor => ({ anchor: [lon, lat], bounds: null, hasPoint: false, size });
const anchors = new Map([
  ['HK', anchor(114.14, 22.44)],
  ['GB', anchor(-2.5, 53.9, 17)],
  ['US', anchor(-99.1, 39.5, 640)],
  ['SG', anchor(103.81, 1.36, 0.01)],
]);

describe('hubArcs', () => {
  it('draws one arc per partner from Hong Kong, in code order, skipping the hub and unknown places', () => {
    const arcs = hubArcs(anchors, ['US', 'GB', 'HK', 'ZZ', 'GB'], 'HK');
    expect(arcs.features.map((f) => f.properties.iso2)).toEqual(['GB', 'US']);
    const gb = arcs.features[0].geometry;
    expect(gb.type).toBe('LineString');
    expect((gb as GeoJSON.LineString).coordinates[0]).toEqual([114.14, 22.44]);
  });

  it('cuts an arc across the Pacific at the antimeridian, with no jump inside a part', () => {
    const us = hubArcs(anchors, ['US'], 'HK').features[0].geometry as GeoJSON.MultiLineString;
    expect(us.type).toBe('MultiLineString');
    for (const part of us.coordinates) for (let i = 1; i < part.length; i++) expect(Math.abs(part[i][0] - part[i - 1][0])).toBeLessThan(180);
  });

  it('draws nothing without a hub position', () => {
    expect(hubArcs(new Map([['GB', anchor(0, 50)]]), ['GB'], 'HK').features).toEqual([]);
  });
});

describe('labelPoints', () => {
  it('labels each economy with a name at its anchor, larger economies sorted first', () => {
    const labels = labelPoints(anchors, [makeEconomy('SG', 'Singapore'), makeEconomy('US', 'United States'), makeEconomy('XX', 'Nowhere')]);
    expect(labels.features.map((f) => f.properties.name)).toEqual(['Singapore', 'United States']);
    const [sg, us] = labels.features.map((f) => f.properties.sortKey);
    expect(us).toBeLessThan(sg);
    expect(labels.features[0].geometry.coordinates).toEqual([103.81, 1.36]);
  });
});

describe('officeMarkers and officeProfile', () => {
  const london = makeOffice({ covers: ['GB', 'SE', 'ZZ'].map(iso2) });
  const atlas = makeAtlas({ offices: [london], economies: [makeEconomy('GB', 'United Kingdom'), makeEconomy('SE', 'Sweden')] });

  it('puts a marker at each office with its id and type', () => {
    expect(officeMarkers([london]).features[0]).toMatchObject({
      properties: { officeId: 'eto-london', officeType: 'eto_overseas' },
      geometry: { coordinates: [-0.13, 51.5] },
    });
  });

  it('lists the economies an office covers by name, ignoring codes the atlas does not know', () => {
    expect(officeProfile(atlas, 'eto-london')?.covered.map((e) => e.names.en)).toEqual(['Sweden', 'United Kingdom']);
    expect(officeProfile(atlas, 'eto-nowhere')).toBeNull();
    expect(officeProfile(atlas, null)).toBeNull();
  });
});

describe('networkSummary', () => {
  it('counts partners by standing and live agreements once each', () => {
    const ties = [
      ...['BN', 'SG'].map((p) => makeTie({ agreementId: 'fta-asean', partner: iso2(p) })),
      makeTie({ agreementId: 'cdta-pe', tieType: 'cdta', partner: iso2('PE'), status: 'signed', inForce: null }),
      makeTie({ agreementId: 'ippa-au', tieType: 'ippa', partner: iso2('AU'), status: 'superseded' }),
    ];
    const summary = networkSummary(summarisePartners(ties), ties, [makeOffice()]);
    expect(summary).toMatchObject({ partnersInForce: 2, partnersPipelineOnly: 1, agreements: 2 });
    expect(summary.agreementsByType).toEqual([
      { type: 'fta', count: 1 },
      { type: 'cdta', count: 1 },
    ]);
    expect(summary.offices.map((o) => [o.type, o.offices.length])).toEqual([['eto_overseas', 1]]);
  });
});

describe('economyHoverInfo', () => {
  const names = new Map([
    ['HK', 'Hong Kong'],
    ['NZ', 'New Zealand'],
    ['FR', 'France'],
    ['AU', 'Australia'],
  ]);
  const summaries = summarisePartners([
    makeTie(),
    makeTie({ agreementId: 'cdta-nz', tieType: 'cdta', status: 'signed', inForce: null }),
    makeTie({ agreementId: 'ippa-au', tieType: 'ippa', partner: iso2('AU'), status: 'superseded' }),
  ]);

  it('gives a partner one entry per live tie type, marked in force or not', () => {
    expect(economyHoverInfo('NZ', names, summaries, 'HK')).toEqual({
      iso2: 'NZ',
      name: 'New Zealand',
      standing: 'in_force',
      types: [
        { type: 'fta', inForce: true },
        { type: 'cdta', inForce: false },
      ],
    });
  });

  it('says "none" for an economy without a live tie and "hub" for Hong Kong', () => {
    expect(economyHoverInfo('FR', names, summaries, 'HK')?.standing).toBe('none');
    expect(economyHoverInfo('AU', names, summaries, 'HK')?.standing).toBe('none');
    expect(economyHoverInfo('HK', names, summaries, 'HK')?.standing).toBe('hub');
    expect(economyHoverInfo('ZZ', names, summaries, 'HK')).toBeNull();
  });
});

describe('layerScope', () => {
  it('lists the economies that can be pipeline-only under some filter', () => {
    const scope = layerScope({
      ties: [
        makeTie({ partner: iso2('PE'), status: 'signed' }),
        makeTie({ partner: iso2('NZ') }),
        makeTie({ partner: iso2('MX'), status: 'negotiating' }),
        makeTie({ partner: iso2('AU'), status: 'superseded' }),
      ],
    });
    expect(scope).toEqual({ pipelineCandidates: ['MX', 'PE'] });
  });
});
