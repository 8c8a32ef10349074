import { z } from './zod';
import { factDateSchema, hkGovernmentUrlSchema, iso2Schema, isoDateSchema, sourceUrlSchema } from './primitives';
import { STATUSES } from './statuses';
import { TIE_TYPES } from './tie-types';
import { storyStepSchema } from './stories';
import { DISAGREEMENT_FIELDS, HEADLINE_METRICS, MILESTONE_KINDS, OFFICE_TYPES } from './record-kinds';
export { DISAGREEMENT_FIELDS, HEADLINE_METRICS, MILESTONE_KINDS, OFFICE_TYPES };
export type { DisagreementField, HeadlineMetric, OfficeType } from './record-kinds';

/**
 * The records the app loads (public/data/atlas.json). The data build produces them from
 * data/sources/*.csv and the app parses them once with these same schemas.
 */
const provenance = {
  /** The record's main page; a fact with no page of its own is stated there. */
  sourceUrl: sourceUrlSchema,
  otherSources: z.array(sourceUrlSchema),
  checked: isoDateSchema,
};
/** What was searched for a fact that no page states: a plain English sentence for users. */
const searched = z.string().min(1).nullable();
/** A text in Chinese, in Traditional characters as used in Hong Kong and Simplified as used in the Mainland. */
const inBothScriptsSchema = z.object({ zhHK: z.string().min(1), zhCN: z.string().min(1) });
/** The atlas's own Chinese rendering of `searched`, in both scripts; null where none is written (the interface shows the English). */
const searchedZh = inBothScriptsSchema.nullable();

export const tieSchema = z.object({
  agreementId: z.string().min(1),
  tieType: z.enum(TIE_TYPES),
  agreementName: z.string().min(1),
  agreementNameZh: z.string().nullable(),
  partner: iso2Schema,
  bloc: z.string().nullable(),
  status: z.enum(STATUSES),
  signed: factDateSchema.nullable(),
  inForce: factDateSchema.nullable(),
  terminated: factDateSchema.nullable(),
  /** When the agreement's implementation was suspended (it stays signed, or in force, on paper). */
  suspended: factDateSchema.nullable(),
  /** The page stating each fact (the main page unless the sources name another). */
  statusSource: sourceUrlSchema,
  signedSource: sourceUrlSchema.nullable(),
  inForceSource: sourceUrlSchema.nullable(),
  terminatedSource: sourceUrlSchema.nullable(),
  suspendedSource: sourceUrlSchema.nullable(),
  /** The page giving the Chinese name (always its own: the main page is often in English). */
  agreementNameZhSource: sourceUrlSchema.nullable(),
  searched,
  searchedZh,
  ...provenance,
});
export type Tie = z.infer<typeof tieSchema>;

export const protocolSchema = z.object({
  agreementId: z.string().min(1),
  name: z.string().min(1),
  signed: factDateSchema.nullable(),
  inForce: factDateSchema.nullable(),
  ...provenance,
});
export type Protocol = z.infer<typeof protocolSchema>;

export const officeSchema = z.object({
  officeId: z.string().min(1),
  name: z.string().min(1),
  nameZh: z.string().nullable(),
  officeType: z.enum(OFFICE_TYPES),
  city: z.string().min(1),
  /** The city's standard Chinese name (Traditional as used in Hong Kong, Simplified as in the Mainland), where recorded. */
  cityZh: inBothScriptsSchema.nullable(),
  country: iso2Schema,
  covers: z.array(iso2Schema),
  opened: factDateSchema.nullable(),
  openedSource: sourceUrlSchema.nullable(),
  searched,
  searchedZh,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  ...provenance,
});
export type Office = z.infer<typeof officeSchema>;

export const missionSchema = z.object({
  missionId: z.string().min(1),
  name: z.string().min(1),
  /** The atlas's own Chinese wording of the name, in both scripts; null where none is written. */
  nameZh: inBothScriptsSchema.nullable(),
  start: factDateSchema,
  end: factDateSchema.nullable(),
  destinations: z.array(iso2Schema).min(1),
  mousSigned: z.number().int().nonnegative().nullable(),
  datesSource: sourceUrlSchema,
  mousSource: sourceUrlSchema.nullable(),
  searched,
  searchedZh,
  ...provenance,
});
export type Mission = z.infer<typeof missionSchema>;

export const beltAndRoadSchema = z.object({ partner: iso2Schema, ...provenance });
export type BeltAndRoadPartner = z.infer<typeof beltAndRoadSchema>;

/** A grouping of economies (ASEAN, the EU, APEC…): a filter and a search term; `short` names its blocs in ties. */
export const groupingSchema = z.object({
  groupingId: z.string().regex(/^[a-z0-9-]+$/),
  short: z.string().min(1),
  names: z.object({ en: z.string().min(1), zhHK: z.string().min(1), zhCN: z.string().min(1) }),
  members: z.array(iso2Schema),
  ...provenance,
});
export type Grouping = z.infer<typeof groupingSchema>;

export const milestoneSchema = z.object({
  milestoneId: z.string().min(1),
  date: isoDateSchema.nullable(),
  /** YYYY-MM: the month, when the sources do not give the day (and the date's month when they do). */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  kind: z.enum(MILESTONE_KINDS),
  title: z.string().min(1),
  /** The atlas's own Chinese wording of the title, in both scripts; null where none is written. */
  titleZh: inBothScriptsSchema.nullable(),
  partners: z.array(iso2Schema),
  relatedAgreementId: z.string().nullable(),
  ...provenance,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const headlineTotalSchema = z.object({
  metric: z.enum(HEADLINE_METRICS),
  value: z.number().int().nonnegative(),
  asOf: isoDateSchema,
  sourceUrl: hkGovernmentUrlSchema,
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

/**
 * A value for a fact that a page states but the record does not keep, because a page of a higher
 * (or equal, better-supported) tier states another. Kept so users see both.
 */
export const disagreementSchema = z.object({
  recordId: z.string().min(1),
  /** The partner economy, for a bloc agreement's row; null otherwise. */
  partner: iso2Schema.nullable(),
  field: z.enum(DISAGREEMENT_FIELDS),
  value: z.string().min(1),
  sourceUrl: sourceUrlSchema,
  checked: isoDateSchema,
});
export type Disagreement = z.infer<typeof disagreementSchema>;

export const economySchema = z.object({
  iso2: iso2Schema,
  names: z.object({ en: z.string().min(1), zhHK: z.string().min(1), zhCN: z.string().min(1) }),
  region: z.string(),
  subregion: z.string(),
});
export type Economy = z.infer<typeof economySchema>;

const lonLat = z.tuple([z.number().min(-360).max(360), z.number().min(-90).max(90)]);

/** Where the map draws an economy, computed in the data build (data/build/map-geo.ts) from the geometry it writes. */
export const economyPlaceSchema = z.object({
  iso2: iso2Schema,
  /** The label's position and the arcs' end: the economy's point, else the point of its largest part farthest from the edges. */
  anchor: lonLat,
  /** [west, south, east, north] around its main parts (east past 180 across the antimeridian); null when drawn only as a point. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** Drawn as a clickable point (too small to click as a shape). */
  point: z.boolean(),
  /** Area of its largest part (km²): larger economies are labelled first. */
  km2: z.number().nonnegative(),
});
export type EconomyPlace = z.infer<typeof economyPlaceSchema>;

/**
 * The map's places and the arcs to draw: from Hong Kong to each economy with a tie. The app draws
 * each as the great circle between the two places' anchors (src/selectors/geo/great-circle.ts).
 */
export const atlasGeoSchema = z.object({
  places: z.array(economyPlaceSchema),
  arcs: z.array(z.object({ from: iso2Schema, to: iso2Schema })),
});
export type AtlasGeo = z.infer<typeof atlasGeoSchema>;

export const atlasSchema = z.object({
  asOf: isoDateSchema,
  economies: z.array(economySchema),
  ties: z.array(tieSchema),
  protocols: z.array(protocolSchema),
  offices: z.array(officeSchema),
  missions: z.array(missionSchema),
  beltAndRoad: z.array(beltAndRoadSchema),
  groupings: z.array(groupingSchema),
  milestones: z.array(milestoneSchema),
  headlineTotals: z.array(headlineTotalSchema),
  headlineGaps: z.array(headlineGapSchema),
  disagreements: z.array(disagreementSchema),
  /** Guided stories' steps (data/sources/stories.csv); absent in older test fixtures. */
  stories: z.array(storyStepSchema).default([]),
  /** Computed in the build from the geometry; absent (nothing placed) in test fixtures. */
  geo: atlasGeoSchema.default({ places: [], arcs: [] }),
});
export type Atlas = z.infer<typeof atlasSchema>;
