import type { Iso2 } from './primitives';
/**
 * CSV shapes shared by the data build (public/data/*.csv) and the app's filtered downloads, so a
 * download and the published file always have the same columns.
 */
import type { Economy, Mission, Office, Tie } from './records';
import { tieSourceTier } from './tie-facts';

export const TIES_CSV_COLUMNS = [
  'partner_iso2',
  'partner_name',
  'tie_type',
  'agreement_name',
  'bloc',
  'status',
  'signed',
  'in_force',
  'source_url',
  'checked',
  'status_source',
  'signed_source',
  'in_force_source',
  'source_tier',
  'agreement_id',
  // Added after the first release, so at the end: a reader that takes columns by position keeps working.
  'suspended',
  'suspended_source',
  'agreement_name_zh',
  'agreement_name_zh_source',
] as const;
export const OFFICES_CSV_COLUMNS = [
  'name',
  'office_type',
  'city',
  'city_zh_hk',
  'city_zh_cn',
  'country_iso2',
  'covers',
  'opened',
  'source_url',
  'checked',
  'opened_source',
  'office_id',
] as const;
export const MISSIONS_CSV_COLUMNS = [
  'name',
  'name_zh_hk',
  'name_zh_cn',
  'start',
  'end',
  'destinations',
  'mous_signed',
  'source_url',
  'checked',
  'dates_source',
  'mous_source',
  'mission_id',
] as const;
/** The economies the other tables name by ISO code: the target of their foreign keys (datapackage.json). */
export const ECONOMIES_CSV_COLUMNS = ['iso2', 'name_en', 'name_zh_hk', 'name_zh_cn', 'region', 'subregion'] as const;

export function tieCsvRow(t: Tie, economyName: (iso2: Iso2) => string): Record<string, string> {
  return {
    partner_iso2: t.partner,
    partner_name: economyName(t.partner),
    tie_type: t.tieType,
    agreement_name: t.agreementName,
    bloc: t.bloc ?? '',
    status: t.status,
    signed: t.signed ?? '',
    in_force: t.inForce ?? '',
    source_url: t.sourceUrl,
    checked: t.checked,
    status_source: t.statusSource,
    signed_source: t.signedSource ?? '',
    in_force_source: t.inForceSource ?? '',
    source_tier: String(tieSourceTier(t)),
    agreement_id: t.agreementId,
    suspended: t.suspended ?? '',
    suspended_source: t.suspendedSource ?? '',
    agreement_name_zh: t.agreementNameZh ?? '',
    agreement_name_zh_source: t.agreementNameZhSource ?? '',
  };
}

export function officeCsvRow(o: Office): Record<string, string> {
  return {
    name: o.name,
    office_type: o.officeType,
    city: o.city,
    city_zh_hk: o.cityZh?.zhHK ?? '',
    city_zh_cn: o.cityZh?.zhCN ?? '',
    country_iso2: o.country,
    covers: o.covers.join(';'),
    opened: o.opened ?? '',
    source_url: o.sourceUrl,
    checked: o.checked,
    opened_source: o.openedSource ?? '',
    office_id: o.officeId,
  };
}

export function missionCsvRow(m: Mission): Record<string, string> {
  return {
    name: m.name,
    name_zh_hk: m.nameZh?.zhHK ?? '',
    name_zh_cn: m.nameZh?.zhCN ?? '',
    start: m.start,
    end: m.end ?? '',
    destinations: m.destinations.join(';'),
    mous_signed: m.mousSigned === null ? '' : String(m.mousSigned),
    source_url: m.sourceUrl,
    checked: m.checked,
    dates_source: m.datesSource,
    mous_source: m.mousSource ?? '',
    mission_id: m.missionId,
  };
}

export function economyCsvRow(e: Economy): Record<string, string> {
  return {
    iso2: e.iso2,
    name_en: e.names.en,
    name_zh_hk: e.names.zhHK,
    name_zh_cn: e.names.zhCN,
    region: e.region,
    subregion: e.subregion,
  };
}

function quote(value: string): string {
  // A leading =, +, @ or - (other than a negative number) would make a spreadsheet run the cell as a formula.
  const safe = /^([=+@\t\r]|-(?!\d))/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and LF line ends. */
export function toCsv(rows: readonly Record<string, string>[], columns?: readonly string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => quote(r[h] ?? '')).join(','))];
  return `${lines.join('\n')}\n`;
}

export function economyNameLookup(economies: readonly Economy[]): (iso2: Iso2) => string {
  const names = new Map(economies.map((e) => [e.iso2, e.names.en]));
  return (iso2) => names.get(iso2) ?? iso2;
}
