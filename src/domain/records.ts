import { z } from './zod';
import { iso2Schema, isoDateSchema, officialUrlSchema } from './primitives';
import { STATUSES } from './statuses';
import { TIE_TYPES } from './tie-types';

/**
 * The records the app loads (public/data/atlas.json). The data build produces them from
 * data/sources/*.csv and the app parses them once with these same schemas.
 */
const provenance = {
  sourceUrl: officialUrlSchema,
  otherSources: z.array(officialUrlSchema),
  checked: isoDateSchema,
  note: z.string().nullable(),
};

export const tieSchema = z.object({
  agreementId: z.string().min(1),
  tieType: z.enum(TIE_TYPES),
  agreementName: z.string().min(1),
  agreementNameZh: z.string().nullable(),
  partner: iso2Schema,
  bloc: z.string().nullable(),
  status: z.enum(STATUSES),
  signed: isoDateSchema.nullable(),
  inForce: isoDateSchema.nullable(),
  terminated: isoDateSchema.nullable(),
  ...provenance,
});
export type Tie = z.infer<typeof tieSchema>;

export const protocolSchema = z.object({
  agreementId: z.string().min(1),
  name: z.string().min(1),
  signed: isoDateSchema.nullable(),
  inForce: isoDateSchema.nullable(),
  ...provenance,
});
export type Protocol = z.infer<typeof protocolSchema>;

export const OFFICE_TYPES = ['eto_overseas', 'eto_mainland', 'liaison_unit', 'investhk', 'hktdc'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];

export const officeSchema = z.object({
  officeId: z.string().min(1),
  name: z.string().min(1),
  nameZh: z.string().nullable(),
  officeType: z.enum(OFFICE_TYPES),
  city: z.string().min(1),
  country: iso2Schema,
  covers: z.array(iso2Schema),
  opened: isoDateSchema.nullable(),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  ...provenance,
});
export type Office = z.infer<typeof officeSchema>;

export const missionSchema = z.object({
  missionId: z.string().min(1),
  name: z.string().min(1),
  start: isoDateSchema,
  end: isoDateSchema.nullable(),
  destinations: z.array(iso2Schema).min(1),
  mousSigned: z.number().int().nonnegative().nullable(),
  ...provenance,
});
export type Mission = z.infer<typeof missionSchema>;

export const beltAndRoadSchema = z.object({ partner: iso2Schema, ...provenance });
export type BeltAndRoadPartner = z.infer<typeof beltAndRoadSchema>;

export const MILESTONE_KINDS = ['negotiations_launched', 'negotiations_concluded', 'application', 'other'] as const;
export const milestoneSchema = z.object({
  milestoneId: z.string().min(1),
  date: isoDateSchema.nullable(),
  /** YYYY-MM: the month, when the sources do not give the day (and the date's month when they do). */
  month: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  kind: z.enum(MILESTONE_KINDS),
  title: z.string().min(1),
  partners: z.array(iso2Schema),
  relatedAgreementId: z.string().nullable(),
  ...provenance,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const HEADLINE_METRICS = [
  'fta_agreements',
  'fta_economies',
  'ippa_agreements',
  'cdta_jurisdictions',
  'aeo_mra_count',
  'eto_overseas',
  'eto_mainland',
  'liaison_units',
] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export const headlineTotalSchema = z.object({
  metric: z.enum(HEADLINE_METRICS),
  value: z.number().int().nonnegative(),
  asOf: isoDateSchema,
  sourceUrl: officialUrlSchema,
  checked: isoDateSchema,
  note: z.string().nullable(),
});
export type HeadlineTotal = z.infer<typeof headlineTotalSchema>;

/**
 * A tie or office that an official total includes but the atlas cannot yet record, because no
 * official page stating it was found. Listed openly so the totals reconcile: records + gaps = stated.
 */
export const headlineGapSchema = z.object({
  metric: z.enum(HEADLINE_METRICS),
  item: z.string().min(1),
  /** When the item started to count (signature, opening); null when not known. */
  since: isoDateSchema.nullable(),
  reason: z.string().min(1),
  checked: isoDateSchema,
});
export type HeadlineGap = z.infer<typeof headlineGapSchema>;

export const economySchema = z.object({
  iso2: iso2Schema,
  names: z.object({ en: z.string().min(1), zhHK: z.string().min(1), zhCN: z.string().min(1) }),
  region: z.string(),
  subregion: z.string(),
});
export type Economy = z.infer<typeof economySchema>;

export const atlasSchema = z.object({
  asOf: isoDateSchema,
  economies: z.array(economySchema),
  ties: z.array(tieSchema),
  protocols: z.array(protocolSchema),
  offices: z.array(officeSchema),
  missions: z.array(missionSchema),
  beltAndRoad: z.array(beltAndRoadSchema),
  milestones: z.array(milestoneSchema),
  headlineTotals: z.array(headlineTotalSchema),
  headlineGaps: z.array(headlineGapSchema),
});
export type Atlas = z.infer<typeof atlasSchema>;
