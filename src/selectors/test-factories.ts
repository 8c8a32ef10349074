/** Deterministic record factories for selector tests: each test builds exactly what it needs. */
import type { Atlas, Economy, Office, Tie } from '../domain/records';

export function makeTie(overrides: Partial<Tie> = {}): Tie {
  return {
    agreementId: 'fta-nz',
    tieType: 'fta',
    agreementName: 'Hong Kong–New Zealand CEP',
    agreementNameZh: null,
    partner: 'NZ' as Tie['partner'],
    bloc: null,
    status: 'in_force',
    signed: '2010-03-29',
    inForce: '2011-01-01',
    terminated: null,
    sourceUrl: 'https://www.tid.gov.hk/x',
    otherSources: [],
    checked: '2026-11-23',
    note: null,
    ...overrides,
  };
}

export function makeEconomy(iso2: string, en: string, region = 'Asia', subregion = 'Eastern Asia'): Economy {
  return { iso2: iso2 as Economy['iso2'], names: { en, zhHK: en, zhCN: en }, region, subregion };
}

export function makeOffice(overrides: Partial<Office> = {}): Office {
  return {
    officeId: 'eto-london',
    name: 'Hong Kong Economic and Trade Office, London',
    nameZh: null,
    officeType: 'eto_overseas',
    city: 'London',
    country: 'GB' as Office['country'],
    covers: ['GB' as Office['country']],
    opened: null,
    lon: -0.13,
    lat: 51.5,
    sourceUrl: 'https://www.hketolondon.gov.hk/',
    otherSources: [],
    checked: '2026-11-23',
    note: null,
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
    milestones: [],
    headlineTotals: [],
    headlineGaps: [],
    ...overrides,
  };
}
