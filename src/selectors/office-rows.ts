import type { Economy, Office, OfficeType } from '../domain/records';
import { OFFICE_TYPES } from '../domain/record-kinds';
import type { ChineseText, LocalisedText } from '../i18n/format';
import { type CompareNames, byEnglishName } from './economy-rows';

/** One office as a table row: what the office panel shows, flattened for sorting. */
export interface OfficeRow {
  officeId: string;
  /** Name and city in the reader's language, or in English where the data gives no Chinese (`english`). */
  name: LocalisedText;
  officeType: OfficeType;
  city: LocalisedText;
  /** Names of the economies it covers, in the reader's language, sorted. */
  covered: string[];
  opened: string | null;
  sourceUrl: string;
}

export const OFFICE_SORT_KEYS = ['name', 'type', 'city', 'covered', 'opened', 'source'] as const;
export type OfficeSortKey = (typeof OFFICE_SORT_KEYS)[number];
export interface OfficeSort {
  key: OfficeSortKey;
  direction: 'asc' | 'desc';
}
export const DEFAULT_OFFICE_SORT: OfficeSort = { key: 'type', direction: 'asc' };

export function officeRows(
  offices: readonly Office[],
  economies: readonly Economy[],
  nameOf: (e: Economy) => string,
  local: (en: string, zh: ChineseText | null) => LocalisedText,
  compareNames: CompareNames,
): OfficeRow[] {
  const names = new Map(economies.map((e) => [e.iso2, nameOf(e)]));
  const rows = offices.map((o) => ({
    officeId: o.officeId,
    name: local(o.name, o.nameZh),
    officeType: o.officeType,
    city: local(o.city, o.cityZh),
    covered: o.covers.map((c) => names.get(c) ?? c).sort(compareNames),
    opened: o.opened,
    sourceUrl: o.sourceUrl,
  }));
  return sortOfficeRows(rows, DEFAULT_OFFICE_SORT, compareNames);
}

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

function compareBy(key: OfficeSortKey, a: OfficeRow, b: OfficeRow, compareNames: CompareNames): number {
  switch (key) {
    case 'name':
      return compareNames(a.name.text, b.name.text);
    case 'type':
      return OFFICE_TYPES.indexOf(a.officeType) - OFFICE_TYPES.indexOf(b.officeType);
    case 'city':
      return compareNames(a.city.text, b.city.text);
    case 'covered':
      return a.covered.length - b.covered.length;
    case 'opened':
      return (a.opened ?? '').localeCompare(b.opened ?? '');
    case 'source':
      return host(a.sourceUrl).localeCompare(host(b.sourceUrl));
  }
}

/**
 * A sorted copy. Offices without an opening date always go last (unknown is neither oldest nor
 * newest); equal values keep the order by city whichever the direction.
 */
export function sortOfficeRows(rows: readonly OfficeRow[], sort: OfficeSort, compareNames: CompareNames = byEnglishName): OfficeRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'opened' && (a.opened === null) !== (b.opened === null)) return a.opened === null ? 1 : -1;
    return sign * compareBy(sort.key, a, b, compareNames) || compareNames(a.city.text, b.city.text) || a.officeId.localeCompare(b.officeId);
  });
}
