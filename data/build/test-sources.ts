/**
 * Test factory: writes a minimal, valid data/sources tree into a fresh temp folder. Each test
 * gets its own copy and changes only the rows it is about.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../src/domain/csv-export';
import { buildData } from './build';
import { DataBuildError } from './data-error';
import { COLUMNS } from './source-schemas';
import { STORY_COLUMNS } from './story-schema';

type Row = Record<string, string>;
const SRC = 'https://www.tid.gov.hk/en/example.html';

export const economyRow = (iso2: string, numeric: string, en: string, lon: string, lat: string): Row => ({
  iso2,
  iso_numeric: numeric,
  name_en: en,
  name_zh_hk: en,
  name_zh_cn: en,
  region: 'Asia',
  subregion: 'Eastern Asia',
  lon,
  lat,
});

export function tieRow(overrides: Partial<Row> = {}): Row {
  return {
    agreement_id: 'fta-nz',
    agreement_name: 'Hong Kong–New Zealand CEP',
    agreement_name_zh: '',
    partner_iso2: 'NZ',
    bloc: '',
    status: 'in_force',
    signed: '2010-03-29',
    in_force: '2011-01-01',
    terminated: '',
    suspended: '',
    source_url: SRC,
    other_sources: '',
    checked: '2026-11-23',
    note: '',
    status_source: '',
    signed_source: '',
    in_force_source: '',
    terminated_source: '',
    suspended_source: '',
    agreement_name_zh_source: '',
    searched: '',
    searched_zh_hk: '',
    searched_zh_cn: '',
    ...overrides,
  };
}

export function officeRow(overrides: Partial<Row> = {}): Row {
  return {
    office_id: 'eto-singapore',
    name: 'Hong Kong Economic and Trade Office, Singapore',
    name_zh: '',
    office_type: 'eto_overseas',
    city: 'Singapore',
    city_zh_hk: '新加坡',
    city_zh_cn: '新加坡',
    country_iso2: 'SG',
    covers: 'SG;NZ',
    opened: '1995-01-01',
    lon: '103.85',
    lat: '1.29',
    source_url: SRC,
    other_sources: '',
    checked: '2026-11-23',
    note: '',
    opened_source: '',
    searched: '',
    searched_zh_hk: '',
    searched_zh_cn: '',
    ...overrides,
  };
}

export function missionRow(overrides: Partial<Row> = {}): Row {
  return {
    mission_id: 'ce-2024-nz',
    name: "Chief Executive's visit to New Zealand",
    start: '2024-05-01',
    end: '2024-05-04',
    destinations: 'NZ',
    mous_signed: '3',
    source_url: SRC,
    other_sources: '',
    checked: '2026-11-23',
    note: '',
    dates_source: '',
    mous_source: '',
    searched: '',
    searched_zh_hk: '',
    searched_zh_cn: '',
    ...overrides,
  };
}

export function protocolRow(overrides: Partial<Row> = {}): Row {
  return {
    agreement_id: 'fta-nz',
    protocol_name: 'First Protocol',
    signed: '2015-01-01',
    in_force: '2016-01-01',
    source_url: SRC,
    other_sources: '',
    checked: '2026-11-23',
    note: '',
    ...overrides,
  };
}

export function milestoneRow(overrides: Partial<Row> = {}): Row {
  return {
    milestone_id: 'ms-2008-nz-launched',
    date: '2008-01-01',
    month: '',
    kind: 'negotiations_launched',
    title: 'HK–NZ CEP negotiations launched',
    partners: 'NZ',
    related_agreement_id: 'fta-nz',
    source_url: SRC,
    other_sources: '',
    checked: '2026-11-23',
    note: '',
    ...overrides,
  };
}

export function disagreementRow(overrides: Partial<Row> = {}): Row {
  return {
    record_id: 'fta-nz',
    partner_iso2: '',
    field: 'in_force',
    value: '2011-01-02',
    source_url: 'https://www.reuters.com/x',
    checked: '2026-12-05',
    note: '',
    ...overrides,
  };
}

export function storyRow(overrides: Partial<Row> = {}): Row {
  return {
    story_id: 'growth',
    step: '1',
    year: '2011',
    types: 'fta',
    highlight: 'NZ',
    camera: 'partners',
    text_en: 'FTA partners at the end of {year}: {fta_partners}.',
    text_zh_hk: '{year}年底：{fta_partners}。',
    text_zh_cn: '{year}年底：{fta_partners}。',
    source_urls: SRC,
    checked: '2026-11-23',
    note: '',
    ...overrides,
  };
}

export interface SourceTree {
  economies?: Row[];
  ties?: Record<string, Row[]>;
  protocols?: Row[];
  offices?: Row[];
  missions?: Row[];
  milestones?: Row[];
  beltAndRoad?: Row[];
  groupings?: Row[];
  disagreements?: Row[];
  headline?: Row[];
  stories?: Row[];
}

export function writeSourceTree(tree: SourceTree = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
  mkdirSync(join(dir, 'ties'));
  const economies = tree.economies ?? [
    economyRow('HK', '344', 'Hong Kong', '114.19', '22.27'),
    economyRow('NZ', '554', 'New Zealand', '174.00', '-41.00'),
    economyRow('SG', '702', 'Singapore', '103.80', '1.37'),
    economyRow('RU', '643', 'Russia', '100.00', '60.00'),
  ];
  writeFileSync(join(dir, 'economies.csv'), toCsv(economies, COLUMNS.economies));
  for (const [type, rows] of Object.entries(tree.ties ?? { fta: [tieRow()] })) {
    writeFileSync(join(dir, 'ties', `${type}.csv`), toCsv(rows, COLUMNS.ties));
  }
  if (tree.offices) writeFileSync(join(dir, 'offices.csv'), toCsv(tree.offices, COLUMNS.offices));
  if (tree.missions) writeFileSync(join(dir, 'missions.csv'), toCsv(tree.missions, COLUMNS.missions));
  if (tree.protocols) writeFileSync(join(dir, 'ties', 'cdta_protocols.csv'), toCsv(tree.protocols, COLUMNS.protocols));
  if (tree.milestones) writeFileSync(join(dir, 'milestones.csv'), toCsv(tree.milestones, COLUMNS.milestones));
  if (tree.disagreements) writeFileSync(join(dir, 'disagreements.csv'), toCsv(tree.disagreements, COLUMNS.disagreements));
  if (tree.headline) writeFileSync(join(dir, 'headline_totals.csv'), toCsv(tree.headline, COLUMNS.headline));
  if (tree.groupings) writeFileSync(join(dir, 'groupings.csv'), toCsv(tree.groupings, COLUMNS.groupings));
  if (tree.stories) writeFileSync(join(dir, 'stories.csv'), toCsv(tree.stories, STORY_COLUMNS));
  if (tree.beltAndRoad) writeFileSync(join(dir, 'belt_and_road.csv'), toCsv(tree.beltAndRoad, COLUMNS.beltAndRoad));
  return dir;
}

/** Builds a source tree and returns the build's error lines (empty when the tree is valid). */
export function buildErrors(tree: SourceTree): string[] {
  const dir = writeSourceTree(tree);
  try {
    buildData(dir, dir);
  } catch (err) {
    if (err instanceof DataBuildError) return err.message.split('\n').slice(1);
    throw err;
  }
  return [];
}
