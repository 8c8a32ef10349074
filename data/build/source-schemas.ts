/**
 * Zod schemas for the rows of data/sources/*.csv. Each turns a row of strings into the record
 * the app loads (src/domain/records.ts), so the build and the app validate with the same rules.
 */
import { z } from 'zod';
import { iso2Schema, isoDateSchema, officialUrlSchema } from '../../src/domain/primitives';
import { MILESTONE_KINDS, OFFICE_TYPES, HEADLINE_METRICS } from '../../src/domain/records';
import { STATUSES } from '../../src/domain/statuses';

const text = z.string();
const requiredText = z.string().min(1, 'required');
const nullableText = text.transform((v) => (v === '' ? null : v));
const emptyToNull = text.transform((v) => (v === '' ? null : v));
const optionalDate = emptyToNull.pipe(isoDateSchema.nullable());
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
    const parsed = officialUrlSchema.safeParse(url);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0].message}: ${url}` });
  }
  return urls;
});
const number = (schema: z.ZodNumber) =>
  text.refine((v) => v !== '' && !Number.isNaN(Number(v)), 'expected a number').transform(Number).pipe(schema);
const optionalInt = emptyToNull.pipe(z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).nullable());

const provenanceColumns = {
  source_url: officialUrlSchema,
  other_sources: urlList,
  checked: isoDateSchema,
  note: nullableText,
};
const provenance = (r: { source_url: string; other_sources: string[]; checked: string; note: string | null }) => ({
  sourceUrl: r.source_url,
  otherSources: r.other_sources,
  checked: r.checked,
  note: r.note,
});

export const tieRowSchema = z
  .object({
    agreement_id: requiredText.regex(/^[a-z0-9-]+$/, 'expected a lower-case slug such as fta-nz'),
    agreement_name: requiredText,
    agreement_name_zh: nullableText,
    partner_iso2: iso2Schema,
    bloc: nullableText,
    status: z.enum(STATUSES, { error: `expected one of ${STATUSES.join(', ')}` }),
    signed: optionalDate,
    in_force: optionalDate,
    terminated: optionalDate,
    ...provenanceColumns,
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
    ...provenance(r),
  }));

export const protocolRowSchema = z
  .object({
    agreement_id: requiredText,
    protocol_name: requiredText,
    signed: optionalDate,
    in_force: optionalDate,
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
    country_iso2: iso2Schema,
    covers: isoList,
    opened: optionalDate,
    lon: number(z.number().min(-180).max(180)),
    lat: number(z.number().min(-90).max(90)),
    ...provenanceColumns,
  })
  .transform((r) => ({
    officeId: r.office_id,
    name: r.name,
    nameZh: r.name_zh,
    officeType: r.office_type,
    city: r.city,
    country: r.country_iso2,
    covers: r.covers,
    opened: r.opened,
    lon: r.lon,
    lat: r.lat,
    ...provenance(r),
  }));

export const missionRowSchema = z
  .object({
    mission_id: requiredText,
    name: requiredText,
    start: isoDateSchema,
    end: optionalDate,
    destinations: isoList.refine((l) => l.length > 0, 'at least one destination'),
    mous_signed: optionalInt,
    ...provenanceColumns,
  })
  .transform((r) => ({
    missionId: r.mission_id,
    name: r.name,
    start: r.start,
    end: r.end,
    destinations: r.destinations,
    mousSigned: r.mous_signed,
    ...provenance(r),
  }));

export const beltAndRoadRowSchema = z
  .object({ partner_iso2: iso2Schema, ...provenanceColumns })
  .transform((r) => ({ partner: r.partner_iso2, ...provenance(r) }));

export const milestoneRowSchema = z
  .object({
    milestone_id: requiredText,
    date: optionalDate,
    month: emptyToNull.pipe(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM').nullable()),
    kind: z.enum(MILESTONE_KINDS, { error: `expected one of ${MILESTONE_KINDS.join(', ')}` }),
    title: requiredText,
    partners: isoList,
    related_agreement_id: nullableText,
    ...provenanceColumns,
  })
  .superRefine((r, ctx) => {
    if (r.date && r.month && !r.date.startsWith(r.month)) ctx.addIssue({ code: 'custom', path: ['month'], message: `month ${r.month} disagrees with date ${r.date}` });
  })
  .transform((r) => ({
    milestoneId: r.milestone_id,
    date: r.date,
    month: r.date ? r.date.slice(0, 7) : r.month,
    kind: r.kind,
    title: r.title,
    partners: r.partners,
    relatedAgreementId: r.related_agreement_id,
    ...provenance(r),
  }));

export const headlineRowSchema = z
  .object({
    metric: z.enum(HEADLINE_METRICS, { error: `expected one of ${HEADLINE_METRICS.join(', ')}` }),
    value: text.regex(/^\d+$/, 'expected a whole number').transform(Number),
    as_of: isoDateSchema,
    source_url: officialUrlSchema,
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
  ties: ['agreement_id', 'agreement_name', 'agreement_name_zh', 'partner_iso2', 'bloc', 'status', 'signed', 'in_force', 'terminated', 'source_url', 'other_sources', 'checked', 'note'],
  protocols: ['agreement_id', 'protocol_name', 'signed', 'in_force', 'source_url', 'other_sources', 'checked', 'note'],
  offices: ['office_id', 'name', 'name_zh', 'office_type', 'city', 'country_iso2', 'covers', 'opened', 'lon', 'lat', 'source_url', 'other_sources', 'checked', 'note'],
  missions: ['mission_id', 'name', 'start', 'end', 'destinations', 'mous_signed', 'source_url', 'other_sources', 'checked', 'note'],
  beltAndRoad: ['partner_iso2', 'source_url', 'other_sources', 'checked', 'note'],
  milestones: ['milestone_id', 'date', 'month', 'kind', 'title', 'partners', 'related_agreement_id', 'source_url', 'other_sources', 'checked', 'note'],
  headline: ['metric', 'value', 'as_of', 'source_url', 'checked', 'note'],
  headlineGaps: ['metric', 'item', 'since', 'reason', 'checked'],
  economies: ['iso2', 'iso_numeric', 'name_en', 'name_zh_hk', 'name_zh_cn', 'region', 'subregion', 'lon', 'lat'],
} as const;
