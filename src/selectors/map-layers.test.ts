import { describe, expect, it } from 'vitest';
import type { AtlasGeo, EconomyPlace } from '../domain/records';
import { formatters } from '../i18n/format';
import { economyHoverInfo } from './hover-info';
import { hubArcs, labelPoints, layerScope, officeMarkers, placesByCode } from './map-layers';
import { networkSummary, officeProfile } from './network-summary';
import { summarisePartners } from './partner-summaries';
import { makeAtlas, makeEconomy, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const place = (iso2: string, lon: number, lat: number, km2 = 1): EconomyPlace => ({
  iso2: iso2 as EconomyPlace['iso2'],
  anchor: [lon, lat],
  bounds: null,
  point: false,
  km2,
});
const geo: AtlasGeo = {
  places: [
    place('HK', 114.14, 22.44),
    place('GB', -2.5, 53.9, 240_000),
    place('US', -99.1, 39.5, 8_000_000),
    place('SG', 103.81, 1.36, 700),
  ],
  arcs: [
    { from: iso2('HK'), to: iso2('GB') },
    { from: iso2('HK'), to: iso2('US') },
    { from: iso2('HK'), to: iso2('XX') },
  ],
};

describe('hubArcs', () => {
  it('draws each arc the build listed between the anchors: one piece as a LineString, pieces cut at the antimeridian as a MultiLineString; none to an unplaced economy', () => {
    const arcs = hubArcs(geo);
    expect(arcs.features.map((f) => [f.properties.iso2, f.geometry.type])).toEqual([
      ['GB', 'LineString'],
      ['US', 'MultiLineString'],
    ]);
    const gb = (arcs.features[0].geometry as GeoJSON.LineString).coordinates;
    expect(gb[0]).toEqual([114.14, 22.44]);
    expect(gb.at(-1)).toEqual([-2.5, 53.9]);
    const us = (arcs.features[1].geometry as GeoJSON.MultiLineString).coordinates;
    expect(Math.abs(us[0].at(-1)![0])).toBe(180);
    expect(us[1].at(-1)).toEqual([-99.1, 39.5]);
  });
});

describe('labelPoints', () => {
  const en = formatters('en').economyName;

  it('labels each economy with a name at its anchor, larger economies sorted first', () => {
    const labels = labelPoints(
      placesByCode(geo),
      [makeEconomy('SG', 'Singapore'), makeEconomy('US', 'United States'), makeEconomy('XX', 'Nowhere')],
      en,
    );
    expect(labels.features.map((f) => f.properties.label)).toEqual(['Singapore', 'United States']);
    const [sg, us] = labels.features.map((f) => f.properties.sortKey);
    expect(us).toBeLessThan(sg);
    expect(labels.features[0].geometry.coordinates).toEqual([103.81, 1.36]);
  });

  it('marks the economies drawn as dots, whose names go beside the dot rather than over it', () => {
    const dots = placesByCode({
      places: [{ ...place('MO', 113.55, 22.17, 30), point: true }, place('US', -99.1, 39.5, 8_000_000)],
      arcs: [],
    });
    const labels = labelPoints(dots, [makeEconomy('MO', 'Macao'), makeEconomy('US', 'United States')], en);
    expect(labels.features.map((f) => [f.properties.iso2, f.properties.point])).toEqual([
      ['MO', true],
      ['US', false],
    ]);
  });

  it("names each label in the reader's language, at the same point and with the same sort key in each", () => {
    const economies = [makeEconomy('SG', 'Singapore'), makeEconomy('US', 'United States')].map((e, i) => ({
      ...e,
      names: { en: e.names.en, zhHK: ['新加坡', '美國'][i]!, zhCN: ['新加坡', '美国'][i]! },
    }));
    const inEach = (['en', 'zh-HK', 'zh-CN'] as const).map((lang) =>
      labelPoints(placesByCode(geo), economies, formatters(lang).economyName),
    );
    expect(inEach.map((l) => l.features.map((f) => f.properties.label))).toEqual([
      ['Singapore', 'United States'],
      ['新加坡', '美國'],
      ['新加坡', '美国'],
    ]);
    const where = (l: (typeof inEach)[number]) => l.features.map((f) => [f.properties.iso2, f.properties.sortKey, f.geometry]);
    expect(where(inEach[1]!)).toEqual(where(inEach[0]!));
    expect(where(inEach[2]!)).toEqual(where(inEach[0]!));
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
  const names = new Map(
    [
      ['HK', 'Hong Kong'],
      ['NZ', 'New Zealand'],
      ['FR', 'France'],
      ['AU', 'Australia'],
    ].map(([code, name]) => [iso2(code), name]),
  );
  const summaries = summarisePartners([
    makeTie(),
    makeTie({ agreementId: 'cdta-nz', tieType: 'cdta', status: 'signed', inForce: null }),
    makeTie({ agreementId: 'ippa-au', tieType: 'ippa', partner: iso2('AU'), status: 'superseded' }),
  ]);

  it('gives a partner one entry per live tie type, marked in force or not', () => {
    expect(economyHoverInfo(iso2('NZ'), names, summaries, iso2('HK'))).toEqual({
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
    expect(economyHoverInfo(iso2('FR'), names, summaries, iso2('HK'))?.standing).toBe('none');
    expect(economyHoverInfo(iso2('AU'), names, summaries, iso2('HK'))?.standing).toBe('none');
    expect(economyHoverInfo(iso2('HK'), names, summaries, iso2('HK'))?.standing).toBe('hub');
    expect(economyHoverInfo(iso2('ZZ'), names, summaries, iso2('HK'))).toBeNull();
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
