import { describe, expect, it } from 'vitest';
import { cumulativeTimeline, gainedInYear } from './chart-series';
import { lifecycle } from './lifecycle';
import { pipelineByType } from './pipeline';
import { makeAtlas, makeEconomy, makeMission, makeOffice, makeTie } from '../testing/test-factories';
import { timelineEvents } from './timeline-events';
import { iso2 } from '../domain/primitives';

const asean = [
  makeTie({ agreementId: 'fta-asean', partner: iso2('SG'), bloc: 'ASEAN', inForce: '2019-06-11' }),
  makeTie({ agreementId: 'fta-asean', partner: iso2('ID'), bloc: 'ASEAN', inForce: '2020-07-04' }),
];

describe('cumulativeTimeline counting rules', () => {
  it('per partner economy: each member counts from its own date', () => {
    expect(cumulativeTimeline(asean, ['fta'], 'inForce', 2020, 'partner').rows).toEqual([
      { year: 2019, fta: 1 },
      { year: 2020, fta: 2 },
    ]);
  });

  it('per agreement: a bloc counts once from its first member', () => {
    expect(cumulativeTimeline(asean, ['fta'], 'inForce', 2020, 'agreement').rows).toEqual([
      { year: 2019, fta: 1 },
      { year: 2020, fta: 1 },
    ]);
  });

  it('starts at the requested first year', () => {
    expect(cumulativeTimeline(asean, ['fta'], 'inForce', 2020, 'partner', 2018).rows[0]).toEqual({ year: 2018, fta: 0 });
  });

  it('counts each year what started by then and had not ended, for every type, under both rules', () => {
    // Seeded ties across two types, some ended (before, within or after the axis), some in blocs.
    let seed = 3;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const ties = Array.from({ length: 300 }, (_, i) => {
      const start = 1990 + next(30);
      const ended = next(3) === 0 ? start + next(12) : null;
      return makeTie({
        agreementId: `a${i % 200}`,
        partner: iso2(String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))),
        tieType: i % 200 < 120 ? 'cdta' : 'ippa',
        inForce: `${start}-01-01`,
        terminated: ended === null ? null : `${ended}-01-01`,
        status: ended === null ? 'in_force' : 'terminated',
      });
    });
    for (const rule of ['partner', 'agreement'] as const) {
      const { rows } = cumulativeTimeline(ties, ['cdta', 'ippa'], 'inForce', 2015, rule, 2000);
      expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2000 + i));
      for (const row of rows)
        for (const type of ['cdta', 'ippa'] as const) {
          // Each item counts in a year on or after its start and before its end year.
          const byItem = new Map<string, { start: number; ends: (number | null)[] }>();
          for (const t of ties.filter((x) => x.tieType === type)) {
            const key = rule === 'partner' ? t.partner : t.agreementId;
            const item = byItem.get(key) ?? { start: Infinity, ends: [] };
            item.start = Math.min(item.start, Number(t.inForce!.slice(0, 4)));
            item.ends.push(t.terminated ? Number(t.terminated.slice(0, 4)) : null);
            byItem.set(key, item);
          }
          const expected = [...byItem.values()].filter((item) => {
            const end = item.ends.every((e) => e !== null) ? Math.max(...(item.ends as number[])) : null;
            return item.start <= row.year && (end === null || end > row.year);
          }).length;
          expect(row[type], `${rule} ${type} ${row.year}`).toBe(expected);
        }
    }
  });
});

describe('gainedInYear', () => {
  it('lists the economies whose tie reached the basis in that year', () => {
    expect([...gainedInYear(asean, 'inForce', 2020)]).toEqual(['ID']);
  });
});

describe('pipelineByType', () => {
  it('counts agreements not in force by stage, a bloc once', () => {
    const ties = [
      makeTie({ agreementId: 'fta-mv', partner: iso2('MV'), status: 'concluded' }),
      makeTie({ agreementId: 'fta-pe', partner: iso2('PE'), status: 'signed' }),
      makeTie({ agreementId: 'cdta-x', tieType: 'cdta', partner: iso2('XA'), status: 'signed' }),
      makeTie({ agreementId: 'cdta-x', tieType: 'cdta', partner: iso2('XB'), status: 'signed' }),
      makeTie(),
    ];
    expect(pipelineByType(ties, ['fta', 'cdta'])).toEqual([
      { type: 'fta', negotiating: 0, concluded: 1, signed: 1 },
      { type: 'cdta', negotiating: 0, concluded: 0, signed: 1 },
    ]);
  });
});

describe('timelineEvents', () => {
  it('collects missions, office openings and milestones within the span, in date order', () => {
    const atlas = makeAtlas({
      offices: [makeOffice({ opened: '2021-10-28', name: 'ETO Dubai' }), makeOffice({ officeId: 'x', opened: null })],
      milestones: [
        {
          milestoneId: 'rcep',
          date: null,
          month: '2022-01',
          kind: 'application',
          title: 'RCEP accession application',
          titleZh: { zhHK: '申請加入RCEP', zhCN: '申请加入RCEP' },
          partners: [],
          relatedAgreementId: null,
          sourceUrl: 'https://www.tid.gov.hk/x',
          otherSources: [],
          checked: '2026-11-23',
        },
      ],
      missions: [makeMission({ missionId: 'm', name: 'Mission', start: '2023-02-04', end: null, mousSigned: 13 })],
    });
    expect(timelineEvents(atlas, 2021, 2022).map((e) => [e.kind, e.id, e.date, e.year])).toEqual([
      ['office', 'eto-london', '2021-10-28', 2021],
      ['milestone', 'rcep', '2022-01', 2022],
    ]);
    expect(timelineEvents(atlas, 2023, 2023)).toEqual([
      {
        kind: 'mission',
        id: 'm',
        date: '2023-02-04',
        year: 2023,
        name: { en: 'Mission', zh: null },
        mousSigned: 13,
        economies: ['SA'],
        sourceUrl: 'https://www.info.gov.hk/x',
      },
    ]);
  });

  it('returns names as data, never an English phrase: the office with its Chinese name, the count as a number', () => {
    const atlas = makeAtlas({
      offices: [makeOffice({ opened: '2021-10-28', name: 'ETO Dubai', nameZh: '香港駐杜拜經濟貿易辦事處' })],
      missions: [makeMission({ missionId: 'm', name: 'Mission', start: '2021-02-04', mousSigned: 1 })],
    });
    const events = timelineEvents(atlas, 2021, 2021);
    expect(events.map((e) => e.name)).toEqual([
      { en: 'Mission', zh: null },
      { en: 'ETO Dubai', zh: '香港駐杜拜經濟貿易辦事處' },
    ]);
    expect(events[0]).toMatchObject({ kind: 'mission', mousSigned: 1 });
    expect(JSON.stringify(events)).not.toMatch(/opened|MOUs/);
  });

  it('orders events of one day by kind, then id', () => {
    const atlas = makeAtlas({
      offices: [makeOffice({ officeId: 'b', opened: '2021-10-28' }), makeOffice({ officeId: 'a', opened: '2021-10-28' })],
      missions: [makeMission({ missionId: 'z', start: '2021-10-28' })],
    });
    expect(timelineEvents(atlas, 2021, 2021).map((e) => e.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('lifecycle', () => {
  it("marks the economy's missions and office openings as data, in date order", () => {
    const profile = {
      economy: makeEconomy('AE', 'United Arab Emirates'),
      ties: [],
      offices: [
        makeOffice({ officeId: 'eto-dubai', name: 'ETO Dubai', opened: '2021-10-28' }),
        makeOffice({ officeId: 'x', opened: null }),
      ],
      missions: [makeMission({ missionId: 'ce-2008', name: 'Visit', start: '2008-01-20' })],
      beltAndRoad: false,
      disagreements: [],
    };
    expect(lifecycle(profile)).toEqual({
      bars: [],
      markers: [
        { kind: 'mission', id: 'ce-2008', date: '2008-01-20', name: { en: 'Visit', zh: null } },
        { kind: 'office', id: 'eto-dubai', date: '2021-10-28', name: { en: 'ETO Dubai', zh: null } },
      ],
      firstYear: 2008,
    });
  });

  it('turns ties into bars from signature to entry into force and adds markers', () => {
    const profile = {
      economy: makeEconomy('NZ', 'New Zealand'),
      ties: [makeTie()],
      offices: [],
      missions: [],
      beltAndRoad: false,
      disagreements: [],
    };
    expect(lifecycle(profile)).toEqual({
      bars: [
        {
          id: 'fta-nz-NZ',
          label: 'Hong Kong–New Zealand CEP',
          type: 'fta',
          status: 'in_force',
          start: '2010-03-29',
          signed: '2010-03-29',
          inForce: '2011-01-01',
          end: null,
        },
      ],
      markers: [],
      firstYear: 2010,
    });
  });

  it('starts a bar without a signing date at entry into force, and keeps the signing date unknown', () => {
    const profile = {
      economy: makeEconomy('SG', 'Singapore'),
      ties: [makeTie({ signed: null, inForce: '2014-06-27' })],
      offices: [],
      missions: [],
      beltAndRoad: false,
      disagreements: [],
    };
    const [bar] = lifecycle(profile).bars;
    expect(bar.start).toBe('2014-06-27');
    expect(bar.signed).toBeNull();
  });
});
