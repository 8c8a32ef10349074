import type { OfficeType } from '../domain/records';
import type { Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';

export const TIE_TYPE_LABEL: Record<TieType, { short: string; long: string }> = {
  fta: { short: 'FTA', long: 'Free trade agreement' },
  ippa: { short: 'IPPA', long: 'Investment promotion and protection agreement' },
  cdta: { short: 'CDTA', long: 'Comprehensive double taxation agreement' },
  aeo_mra: { short: 'AEO MRA', long: 'Customs AEO mutual recognition arrangement' },
  dta_limited: { short: 'DTA-L', long: 'Limited double taxation agreement (airline or shipping income)' },
  air_services: { short: 'ASA', long: 'Air services agreement' },
  mla: { short: 'MLA', long: 'Mutual legal assistance agreement' },
};

export const STATUS_LABEL: Record<Status, string> = {
  negotiating: 'Under negotiation',
  concluded: 'Negotiations concluded',
  signed: 'Signed, not yet in force',
  in_force: 'In force',
  terminated: 'Terminated',
  superseded: 'Superseded',
};

/** Colours per tie type for charts and badges; each badge also carries its text label. */
export const TIE_TYPE_COLOUR: Record<TieType, string> = {
  fta: '#1b7f5f',
  ippa: '#c1440e',
  cdta: '#5b4fb3',
  aeo_mra: '#b0226e',
  dta_limited: '#3d6e8f',
  air_services: '#4d7f17',
  mla: '#8a6d00',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "29 Mar 2010" from "2010-03-29"; an em dash for a date the sources do not give. */
export function formatDate(iso: string | null): string {
  return iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : '—';
}

export const OFFICE_TYPE_LABEL: Record<OfficeType, { one: string; many: string }> = {
  eto_overseas: { one: 'Economic and Trade Office overseas', many: 'Economic and Trade Offices overseas' },
  eto_mainland: { one: 'Office in the Mainland', many: 'Offices in the Mainland' },
  liaison_unit: { one: 'Liaison unit in the Mainland', many: 'Liaison units in the Mainland' },
  investhk: { one: 'Invest Hong Kong office', many: 'Invest Hong Kong offices' },
  hktdc: { one: 'HKTDC office', many: 'HKTDC offices' },
};
