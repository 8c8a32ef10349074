/**
 * Zod schemas for the rows of data/sources/*.csv. Each turns a row of strings into the record
 * the app loads (src/domain/records.ts), so the build and the app validate with the same rules.
 */
import { z } from 'zod';
import { factDateSchema, hkGovernmentUrlSchema, iso2Schema, isoDateSchema, sourceUrlSchema } from '../../src/domain/primitives';
import { DISAGREEMENT_FIELDS, MILESTONE_KINDS, OFFICE_TYPES, HEADLINE_METRICS } from '../../src/domain/records';
import { STATUSES } from '../../src/domain/statuses';

const text = z.string();
const requiredText = z.string().min(1, 'required');
const nullableText = text.transform((v) => (v === '' ? null : v));
const emptyToNull = text.transform((v) => (v === '' ? null : v));
const optionalDate = emptyToNull.pipe(isoDateSchema.nullable());
/** A fact's date: YYYY-MM-DD, or YYYY-MM when the page gives only the month. */
const optionalFactDate = emptyToNull.pipe(factDateSchema.nullable());
/** One URL stating one fact; empty means the row's source_url states it. */
const optionalUrl = emptyToNull.pipe(sourceUrlSchema.nullable());
const isoList = text.transform((v, ctx) => {
  const codes = v === '' ? [] : v.split(';').map((s) => s.trim());
  for (const code of codes) {
    const parsed = iso2Schema.safeParse(code);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: `"${code}" is not an ISO 3166-1 alpha-2 code` });
  }
  return codes as z.infer<typeof iso2Schema>[];
});
const urlList = text.transform((v, ctx) => {
  const urls = v === '' ? [] : v.split(' ; ').map((s) => s.trim());
  for (const url of urls) {
    const parsed = sourceUrlSchema.safeParse(url);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0].message}: ${url}` });
  }
  return urls;
});
const number = (schema: z.ZodNumber) =>
  text
    .refine((v) => v !== '' && !Number.isNaN(Number(v)), 'expected a number')
    .transform(Number)
    .pipe(schema);
const optionalInt = emptyToNull.pipe(z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).nullable());

/** `note` is for curators (how a page was read, leads): it is validated as text and never published. */
const provenanceColumns = {
  source_url: sourceUrlSchema,
  other_sources: urlList,
  checked: isoDateSchema,
  note: nullableText,
};
const provenance = (r: { source_url: string; other_sources: string[]; checked: string }) => ({
  sourceUrl: r.source_url,
  otherSources: r.other_sources,
  checked: r.checked,
});
/** A fact's page: its own column when given, else the row's source_url; null when there is no fact. */
const factSource = (value: unknown, own: string | null, main: string) => (value === null ? null : (own ?? main));

/**
 * A text's Chinese forms come in pairs (Traditional as used in Hong Kong, Simplified as used in the
 * Mainland), or not at all: one alone would show English in the other interface.
 */
const bothScriptsOrNeither =
  <K extends string>(base: K) =>
  (r: Record<`${K}_zh_hk` | `${K}_zh_cn`, string | null>) =>
    (r[`${base}_zh_hk`] === null) === (r[`${base}_zh_cn`] === null);
const inBothScripts = (zhHK: string | null, zhCN: string | null) => (zhHK !== null && zhCN !== null ? { zhHK, zhCN } : null);

/**
 * Where a missing fact was looked for: the English sentence for users, and the atlas's own Chinese
 * rendering of it in both scripts (or neither, when the Chinese interfaces show the English).
 */
const searchedColumns = { searched: nullableText, searched_zh_hk: nullableText, searched_zh_cn: nullableText };
type SearchedColumns = { searched: string | null; searched_zh_hk: string | null; searched_zh_cn: string | null };
/** The Chinese translates the English sentence, so it never stands alone: a sentence with no English is a slip. */
function checkSearchedZh(r: SearchedColumns, ctx: z.RefinementCtx) {
  if (!bothScriptsOrNeither('searched')(r))
    ctx.addIssue({ code: 'custom', path: ['searched_zh_cn'], message: 'give searched_zh_hk and searched_zh_cn together, or neither' });
  else if (r.searched === null && r.searched_zh_hk !== null)
    ctx.addIssue({
      code: 'custom',
      path: ['searched_zh_hk'],
      message: 'a Chinese "searched" sentence with no English "searched" to translate',
    });
}
const searchedFields = (r: SearchedColumns) => ({ searched: r.searched, searchedZh: inBothScripts(r.searched_zh_hk, r.searched_zh_cn) });

export const tieRowSchema = z
  .object({
    agreement_id: requiredText.regex(/^[a-z0-9-]+$/, 'expected a lower-case slug such as fta-nz'),
    agreement_name: requiredText,
    agreement_name_zh: nullableText,
    partner_iso2: iso2Schema,
    bloc: nullableText,
    status: z.enum(STATUSES, { error: `expected one of ${STATUSES.join(', ')}` }),
    signed: optionalFactDate,
    in_force: optionalFactDate,
    terminated: optionalFactDate,
    suspended: optionalFactDate,
    ...provenanceColumns,
    status_source: optionalUrl,
    signed_source: optionalUrl,
    in_force_source: optionalUrl,
    terminated_source: optionalUrl,
    suspended_source: optionalUrl,
    agreement_name_zh_source: optionalUrl,
    ...searchedColumns,
  })
  .superRefine((r, ctx) => {
    const orphan = (source: string | null, value: string | null, field: string) => {
      if (source && !value)
        ctx.addIssue({ code: 'custom', path: [`${field}_source`], message: `a source for ${field} but no ${field} value` });
    };
    orphan(r.signed_source, r.signed, 'signed');
    orphan(r.in_force_source, r.in_force, 'in_force');
    orphan(r.terminated_source, r.terminated, 'terminated');
    orphan(r.suspended_source, r.suspended, 'suspended');
    orphan(r.agreement_name_zh_source, r.agreement_name_zh, 'agreement_name_zh');
    // A name is not a fact the main page can be assumed to state (it is usually an English page), so
    // the page giving the Chinese name is named on its own, never inferred.
    if (r.agreement_name_zh && !r.agreement_name_zh_source)
      ctx.addIssue({ code: 'custom', path: ['agreement_name_zh_source'], message: 'a Chinese name needs the page that states it' });
    checkSearchedZh(r, ctx);
  })
  .transform((r) => ({
    agreementId: r.agreement_id,
    agreementName: r.agreement_name,
    agreementNameZh: r.agreement_name_zh,
    partner: r.partner_iso2,
    bloc: r.bloc,
    status: r.status,
    signed: r.signed,
    inForce: r.in_force,
    terminated: r.terminated,
    suspended: r.suspended,
    statusSource: r.status_source ?? r.source_url,
    signedSource: factSource(r.signed, r.signed_source, r.source_url),
    inForceSource: factSource(r.in_force, r.in_force_source, r.source_url),
    terminatedSource: factSource(r.terminated, r.terminated_source, r.source_url),
    suspendedSource: factSource(r.suspended, r.suspended_source, r.source_url),
    agreementNameZhSource: r.agreement_name_zh_source,
    ...searchedFields(r),
    ...provenance(r),
  }));

export const protocolRowSchema = z
  .object({
    agreement_id: requiredText,
    protocol_name: requiredText,
    signed: optionalFactDate,
    in_force: optionalFactDate,
    ...provenanceColumns,
  })
  .transform((r) => ({
    agreementId: r.agreement_id,
    name: r.protocol_name,
    signed: r.signed,
    inForce: r.in_force,
    ...provenance(r),
  }));

export const officeRowSchema = z
  .object({
    office_id: requiredText,
    name: requiredText,
    name_zh: nullableText,
    office_type: z.enum(OFFICE_TYPES, { error: `expected one of ${OFFICE_TYPES.join(', ')}` }),
    city: requiredText,
    city_zh_hk: nullableText,
    city_zh_cn: nullableText,
    country_iso2: iso2Schema,
    covers: isoList,
    opened: optionalFactDate,
    lon: number(z.number().min(-180).max(180)),
    lat: number(z.number().min(-90).max(90)),
    ...provenanceColumns,
    opened_source: optionalUrl,
    ...searchedColumns,
  })
  // The city's standard Chinese name in both scripts, or neither: one alone would show English in the other interface.
  .refine(bothScriptsOrNeither('city'), { message: 'give city_zh_hk and city_zh_cn together, or neither', path: ['city_zh_cn'] })
  .superRefine(checkSearchedZh)
  .transform((r) => ({
    officeId: r.office_id,
    name: r.name,
    nameZh: r.name_zh,
    officeType: r.office_type,
    city: r.city,
    cityZh: inBothScripts(r.city_zh_hk, r.city_zh_cn),
    country: r.country_iso2,
    covers: r.covers,
    opened: r.opened,
    openedSource: factSource(r.opened, r.opened_source, r.source_url),
    ...searchedFields(r),
    lon: r.lon,
    lat: r.lat,
    ...provenance(r),
  }));

export const missionRowSchema = z
  .object({
    mission_id: requiredText,
    name: requiredText,
    name_zh_hk: nullableText,
    name_zh_cn: nullableText,
    start: factDateSchema,
    end: optionalFactDate,
    destinations: isoList.refine((l) => l.length > 0, 'at least one destination'),
    mous_signed: optionalInt,
    ...provenanceColumns,
    dates_source: optionalUrl,
    mous_source: optionalUrl,
    ...searchedColumns,
  })
  .refine(bothScriptsOrNeither('name'), { message: 'give name_zh_hk and name_zh_cn together, or neither', path: ['name_zh_cn'] })
  .superRefine(checkSearchedZh)
  .transform((r) => ({
    missionId: r.mission_id,
    name: r.name,
    nameZh: inBothScripts(r.name_zh_hk, r.name_zh_cn),
    start: r.start,
    end: r.end,
    destinations: r.destinations,
    mousSigned: r.mous_signed,
    datesSource: r.dates_source ?? r.source_url,
    mousSource: factSource(r.mous_signed, r.mous_source, r.source_url),
    ...searchedFields(r),
    ...provenance(r),
  }));

export const beltAndRoadRowSchema = z
  .object({ partner_iso2: iso2Schema, ...provenanceColumns })
  .transform((r) => ({ partner: r.partner_iso2, ...provenance(r) }));

export const groupingRowSchema = z
  .object({
    grouping_id: requiredText.regex(/^[a-z0-9-]+$/, 'expected a lower-case slug such as asean'),
    short: requiredText,
    name: requiredText,
    name_zh_hk: requiredText,
    name_zh_cn: requiredText,
    members: isoList.refine((codes) => codes.length > 0, 'a grouping needs at least one member'),
    ...provenanceColumns,
  })
  .transform((r) => ({
    groupingId: r.grouping_id,
    short: r.short,
    names: { en: r.name, zhHK: r.name_zh_hk, zhCN: r.name_zh_cn },
    members: [...r.members].sort(),
    ...provenance(r),
  }));

export const milestoneRowSchema = z
  .object({
    milestone_id: requiredText,
    date: optionalDate,
    month: emptyToNull.pipe(
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
        .nullable(),
    ),
    kind: z.enum(MILESTONE_KINDS, { error: `expected one of ${MILESTONE_KINDS.join(', ')}` }),
    title: requiredText,
    title_zh_hk: nullableText,
    title_zh_cn: nullableText,
    partners: isoList,
    related_agreement_id: nullableText,
    ...provenanceColumns,
  })
  .superRefine((r, ctx) => {
    if (r.date && r.month && !r.date.startsWith(r.month))
      ctx.addIssue({ code: 'custom', path: ['month'], message: `month ${r.month} disagrees with date ${r.date}` });
  })
  .refine(bothScriptsOrNeither('title'), { message: 'give title_zh_hk and title_zh_cn together, or neither', path: ['title_zh_cn'] })
  .transform((r) => ({
    milestoneId: r.milestone_id,
    date: r.date,
    month: r.date ? r.date.slice(0, 7) : r.month,
    kind: r.kind,
    title: r.title,
    titleZh: inBothScripts(r.title_zh_hk, r.title_zh_cn),
    partners: r.partners,
    relatedAgreementId: r.related_agreement_id,
    ...provenance(r),
  }));

export const headlineRowSchema = z
  .object({
    metric: z.enum(HEADLINE_METRICS, { error: `expected one of ${HEADLINE_METRICS.join(', ')}` }),
    value: text.regex(/^\d+$/, 'expected a whole number').transform(Number),
    as_of: isoDateSchema,
    source_url: hkGovernmentUrlSchema,
    checked: isoDateSchema,
    note: nullableText,
  })
  .transform((r) => ({
    metric: r.metric,
    value: r.value,
    asOf: r.as_of,
    sourceUrl: r.source_url,
    checked: r.checked,
    note: r.note,
  }));

export const headlineGapRowSchema = z.object({
  metric: z.enum(HEADLINE_METRICS, { error: `expected one of ${HEADLINE_METRICS.join(', ')}` }),
  item: requiredText,
  since: optionalDate,
  reason: requiredText,
  checked: isoDateSchema,
});

export const disagreementRowSchema = z
  .object({
    record_id: requiredText,
    partner_iso2: emptyToNull.pipe(iso2Schema.nullable()),
    field: z.enum(DISAGREEMENT_FIELDS, { error: `expected one of ${DISAGREEMENT_FIELDS.join(', ')}` }),
    value: requiredText,
    source_url: sourceUrlSchema,
    checked: isoDateSchema,
    note: nullableText,
  })
  .transform((r) => ({
    recordId: r.record_id,
    partner: r.partner_iso2,
    field: r.field,
    value: r.value,
    sourceUrl: r.source_url,
    checked: r.checked,
  }));

export const economyRowSchema = z
  .object({
    iso2: iso2Schema,
    iso_numeric: text.regex(/^(\d{3})?$/, 'expected a 3-digit ISO 3166-1 numeric code or empty'),
    name_en: requiredText,
    name_zh_hk: requiredText,
    name_zh_cn: requiredText,
    region: text,
    subregion: text,
    lon: number(z.number().min(-180).max(180)),
    lat: number(z.number().min(-90).max(90)),
  })
  .transform((r) => ({
    iso2: r.iso2,
    isoNumeric: r.iso_numeric || null,
    names: { en: r.name_en, zhHK: r.name_zh_hk, zhCN: r.name_zh_cn },
    region: r.region,
    subregion: r.subregion,
    lon: r.lon,
    lat: r.lat,
  }));
export type EconomyRow = z.output<typeof economyRowSchema>;

/** Column order of each source file, as data/README.md documents it. */
export const COLUMNS = {
  ties: [
    'agreement_id',
    'agreement_name',
    'agreement_name_zh',
    'partner_iso2',
    'bloc',
    'status',
    'signed',
    'in_force',
    'terminated',
    'suspended',
    'source_url',
    'other_sources',
    'checked',
    'note',
    'status_source',
    'signed_source',
    'in_force_source',
    'terminated_source',
    'suspended_source',
    'agreement_name_zh_source',
    'searched',
    'searched_zh_hk',
    'searched_zh_cn',
  ],
  protocols: ['agreement_id', 'protocol_name', 'signed', 'in_force', 'source_url', 'other_sources', 'checked', 'note'],
  offices: [
    'office_id',
    'name',
    'name_zh',
    'office_type',
    'city',
    'city_zh_hk',
    'city_zh_cn',
    'country_iso2',
    'covers',
    'opened',
    'lon',
    'lat',
    'source_url',
    'other_sources',
    'checked',
    'note',
    'opened_source',
    'searched',
    'searched_zh_hk',
    'searched_zh_cn',
  ],
  missions: [
    'mission_id',
    'name',
    'name_zh_hk',
    'name_zh_cn',
    'start',
    'end',
    'destinations',
    'mous_signed',
    'source_url',
    'other_sources',
    'checked',
    'note',
    'dates_source',
    'mous_source',
    'searched',
    'searched_zh_hk',
    'searched_zh_cn',
  ],
  disagreements: ['record_id', 'partner_iso2', 'field', 'value', 'source_url', 'checked', 'note'],
  beltAndRoad: ['partner_iso2', 'source_url', 'other_sources', 'checked', 'note'],
  groupings: ['grouping_id', 'short', 'name', 'name_zh_hk', 'name_zh_cn', 'members', 'source_url', 'other_sources', 'checked', 'note'],
  milestones: [
    'milestone_id',
    'date',
    'month',
    'kind',
    'title',
    'title_zh_hk',
    'title_zh_cn',
    'partners',
    'related_agreement_id',
    'source_url',
    'other_sources',
    'checked',
    'note',
  ],
  headline: ['metric', 'value', 'as_of', 'source_url', 'checked', 'note'],
  headlineGaps: ['metric', 'item', 'since', 'reason', 'checked'],
  economies: ['iso2', 'iso_numeric', 'name_en', 'name_zh_hk', 'name_zh_cn', 'region', 'subregion', 'lon', 'lat'],
} as const;
