/** Deterministic record factories for selector tests: each test builds exactly what it needs. */
import { iso2 } from '../domain/primitives';
import type { Atlas, Economy, Grouping, Mission, Office, Tie } from '../domain/records';

export function makeTie(overrides: Partial<Tie> = {}): Tie {
  return {
    agreementId: 'fta-nz',
    tieType: 'fta',
    agreementName: 'Hong Kong–New Zealand CEP',
    agreementNameZh: null,
    partner: iso2('NZ'),
    bloc: null,
    status: 'in_force',
    signed: '2010-03-29',
    inForce: '2011-01-01',
    terminated: null,
    suspended: null,
    sourceUrl: 'https://www.tid.gov.hk/x',
    otherSources: [],
    checked: '2026-11-23',
    searched: null,
    searchedZh: null,
    ...overrides,
    // Each fact's page follows its value unless the test names one, as the data build resolves it.
    statusSource: overrides.statusSource ?? overrides.sourceUrl ?? 'https://www.tid.gov.hk/x',
    signedSource: overrides.signedSource !== undefined ? overrides.signedSource : factPage(overrides, 'signed', '2010-03-29'),
    inForceSource: overrides.inForceSource !== undefined ? overrides.inForceSource : factPage(overrides, 'inForce', '2011-01-01'),
    terminatedSource: overrides.terminatedSource !== undefined ? overrides.terminatedSource : factPage(overrides, 'terminated', null),
    suspendedSource: overrides.suspendedSource !== undefined ? overrides.suspendedSource : factPage(overrides, 'suspended', null),
    agreementNameZhSource:
      overrides.agreementNameZhSource !== undefined
        ? overrides.agreementNameZhSource
        : overrides.agreementNameZh
          ? 'https://www.tid.gov.hk/tc_chi/x'
          : null,
  };
}

function factPage(
  overrides: Partial<Tie>,
  field: 'signed' | 'inForce' | 'terminated' | 'suspended',
  fallback: string | null,
): string | null {
  const value = field in overrides ? overrides[field] : fallback;
  return value ? (overrides.sourceUrl ?? 'https://www.tid.gov.hk/x') : null;
}

export function makeMission(overrides: Partial<Mission> = {}): Mission {
  return {
    missionId: 'ce-2023-02-middle-east',
    name: 'Visit',
    nameZh: null,
    start: '2023-02-04',
    end: '2023-02-10',
    destinations: [iso2('SA')],
    mousSigned: null,
    datesSource: 'https://www.info.gov.hk/x',
    mousSource: null,
    searched: null,
    searchedZh: null,
    sourceUrl: 'https://www.info.gov.hk/x',
    otherSources: [],
    checked: '2026-11-26',
    ...overrides,
  };
}

export function makeEconomy(code: string, en: string, region = 'Asia', subregion = 'Eastern Asia'): Economy {
  return { iso2: iso2(code), names: { en, zhHK: en, zhCN: en }, region, subregion };
}

export function makeOffice(overrides: Partial<Office> = {}): Office {
  return {
    officeId: 'eto-london',
    name: 'Hong Kong Economic and Trade Office, London',
    nameZh: null,
    officeType: 'eto_overseas',
    city: 'London',
    cityZh: null,
    country: iso2('GB'),
    covers: [iso2('GB')],
    opened: null,
    lon: -0.13,
    lat: 51.5,
    sourceUrl: 'https://www.hketolondon.gov.hk/',
    otherSources: [],
    checked: '2026-11-23',
    openedSource: overrides.opened ? 'https://www.hketolondon.gov.hk/' : null,
    searched: null,
    searchedZh: null,
    ...overrides,
  };
}

export function makeGrouping(overrides: Partial<Grouping> = {}): Grouping {
  return {
    groupingId: 'asean',
    short: 'ASEAN',
    names: { en: 'Association of Southeast Asian Nations', zhHK: '東盟', zhCN: '东盟' },
    members: [iso2('SG')],
    sourceUrl: 'https://www.tid.gov.hk/english/ita/fta/hkasean/index.html',
    otherSources: [],
    checked: '2026-12-05',
    ...overrides,
  };
}

export function makeAtlas(overrides: Partial<Atlas> = {}): Atlas {
  return {
    asOf: '2026-11-23',
    economies: [],
    ties: [],
    protocols: [],
    offices: [],
    missions: [],
    beltAndRoad: [],
    groupings: [],
    milestones: [],
    headlineTotals: [],
    headlineGaps: [],
    disagreements: [],
    stories: [],
    geo: { places: [], arcs: [] },
    ...overrides,
  };
}
