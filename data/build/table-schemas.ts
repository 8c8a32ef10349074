/**
 * Frictionless Table Schemas of the published CSVs (public/data/datapackage.json). Each schema is
 * typed against the column list the CSV is written from, so a column added there without a field
 * here fails the type check.
 */
import { ECONOMIES_CSV_COLUMNS, MISSIONS_CSV_COLUMNS, OFFICES_CSV_COLUMNS, TIES_CSV_COLUMNS } from '../../src/domain/csv-export';
import { OFFICE_TYPES } from '../../src/domain/records';
import { SOURCE_TIERS } from '../../src/domain/source-hosts';
import { STATUSES } from '../../src/domain/statuses';
import { TIE_TYPES } from '../../src/domain/tie-types';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'date';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly (string | number)[]; pattern?: string; minimum?: number };
}
export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}
export interface TableSchema {
  fields: Field[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

const ISO2 = '^[A-Z]{2}$';
const ISO2_LIST = '^[A-Z]{2}(;[A-Z]{2})*$';
/** A fact's date: a day, or only the month when the source gives only the month (never a guessed day). */
const FACT_DATE = '^\\d{4}-\\d{2}(-\\d{2})?$';

type Spec = Omit<Field, 'name'>;
const text = (description: string, required = false): Spec => ({
  type: 'string',
  description,
  ...(required ? { constraints: { required } } : {}),
});
const url = (description: string, required = false): Spec => ({
  type: 'string',
  format: 'uri',
  description,
  ...(required ? { constraints: { required } } : {}),
});
const factDate = (description: string): Spec => ({ type: 'string', description, constraints: { pattern: FACT_DATE } });
const checked: Spec = {
  type: 'date',
  description: 'The day the record was last checked against its sources.',
  constraints: { required: true },
};

function fields<C extends string>(columns: readonly C[], specs: Record<C, Spec>): Field[] {
  return columns.map((name) => ({ name, ...specs[name] }));
}

const byIso = (field: string): ForeignKey => ({ fields: field, reference: { resource: 'economies', fields: 'iso2' } });

export const TABLE_SCHEMAS: Record<'ties' | 'offices' | 'missions' | 'economies', TableSchema> = {
  ties: {
    fields: fields(TIES_CSV_COLUMNS, {
      partner_iso2: {
        type: 'string',
        description: 'The partner economy (ISO 3166-1 alpha-2).',
        constraints: { required: true, pattern: ISO2 },
      },
      partner_name: text('The partner economy’s English name.', true),
      tie_type: { type: 'string', description: 'The kind of agreement.', constraints: { required: true, enum: TIE_TYPES } },
      agreement_name: text('The agreement’s official English name.', true),
      bloc: text('The bloc, for an agreement with a group of economies (one row per partner).'),
      status: {
        type: 'string',
        description: 'Where the agreement stands for this partner.',
        constraints: { required: true, enum: STATUSES },
      },
      signed: factDate('Date signed (YYYY-MM-DD, or YYYY-MM when the source gives only the month).'),
      in_force: factDate('Date of entry into force for this partner (YYYY-MM-DD or YYYY-MM).'),
      source_url: url('The record’s main source page.', true),
      checked,
      status_source: url('The page that states the status.', true),
      signed_source: url('The page that states the signature date.'),
      in_force_source: url('The page that states the entry-into-force date.'),
      source_tier: {
        type: 'integer',
        description:
          'The weakest tier among the pages this row’s facts come from: 1 Hong Kong government, 2 partner government or intergovernmental register, 3 reputable secondary publisher.',
        constraints: { required: true, enum: SOURCE_TIERS },
      },
      agreement_id: text('Stable identifier of the agreement, shared by the rows of one bloc agreement.', true),
      suspended: factDate(
        'Date a party suspended the agreement’s implementation (YYYY-MM-DD or YYYY-MM), where a page states it; the status stays as it was. Empty says nothing.',
      ),
      suspended_source: url('The page that states the suspension date.'),
      agreement_name_zh: text('The agreement’s official Traditional Chinese name, where a page states one; empty says nothing.'),
      agreement_name_zh_source: url('The page that states the Chinese name.'),
    }),
    primaryKey: ['agreement_id', 'partner_iso2'],
    foreignKeys: [byIso('partner_iso2')],
    missingValues: [''],
  },
  offices: {
    fields: fields(OFFICES_CSV_COLUMNS, {
      name: text('The office’s English name.', true),
      office_type: { type: 'string', description: 'The kind of office.', constraints: { required: true, enum: OFFICE_TYPES } },
      city: text('The city the office is in.', true),
      city_zh_hk: text('The city’s standard name in Traditional Chinese as used in Hong Kong, where recorded.'),
      city_zh_cn: text('The city’s standard name in Simplified Chinese as used in the Mainland, where recorded.'),
      country_iso2: {
        type: 'string',
        description: 'The economy the office is in (ISO 3166-1 alpha-2).',
        constraints: { required: true, pattern: ISO2 },
      },
      covers: {
        type: 'string',
        description: 'The economies the office covers, ISO codes separated by ";".',
        constraints: { pattern: ISO2_LIST },
      },
      opened: factDate('Date opened (YYYY-MM-DD or YYYY-MM).'),
      source_url: url('The record’s main source page.', true),
      checked,
      opened_source: url('The page that states the opening date.'),
      office_id: text('Stable identifier of the office.', true),
    }),
    primaryKey: 'office_id',
    foreignKeys: [byIso('country_iso2')],
    missingValues: [''],
  },
  missions: {
    fields: fields(MISSIONS_CSV_COLUMNS, {
      name: text('The mission’s English name.', true),
      name_zh_hk: text('The mission’s name in Traditional Chinese as used in Hong Kong: the atlas’s own wording, where written.'),
      name_zh_cn: text('The mission’s name in Simplified Chinese as used in the Mainland: the atlas’s own wording, where written.'),
      start: { ...factDate('First day of the mission.'), constraints: { required: true, pattern: FACT_DATE } },
      end: factDate('Last day of the mission.'),
      destinations: {
        type: 'string',
        description: 'The economies visited, ISO codes separated by ";".',
        constraints: { required: true, pattern: ISO2_LIST },
      },
      mous_signed: { type: 'integer', description: 'Memoranda of understanding signed during the mission.', constraints: { minimum: 0 } },
      source_url: url('The record’s main source page.', true),
      checked,
      dates_source: url('The page that states the dates.', true),
      mous_source: url('The page that states the number of MOUs.'),
      mission_id: text('Stable identifier of the mission.', true),
    }),
    primaryKey: 'mission_id',
    missingValues: [''],
  },
  economies: {
    fields: fields(ECONOMIES_CSV_COLUMNS, {
      iso2: { type: 'string', description: 'ISO 3166-1 alpha-2 code.', constraints: { required: true, pattern: ISO2 } },
      name_en: text('English name.', true),
      name_zh_hk: text('Traditional Chinese name (Hong Kong).', true),
      name_zh_cn: text('Simplified Chinese name.', true),
      region: text('UN geoscheme region.'),
      subregion: text('UN geoscheme subregion.'),
    }),
    primaryKey: 'iso2',
    missingValues: [''],
  },
};
