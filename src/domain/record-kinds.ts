/**
 * The fixed lists the records' schemas (records.ts) are built on, without the schemas: the app's
 * first load imports these and not zod.
 */
export const OFFICE_TYPES = ['eto_overseas', 'eto_mainland', 'liaison_unit', 'investhk', 'hktdc'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];

export const MILESTONE_KINDS = ['negotiations_launched', 'negotiations_concluded', 'application', 'other'] as const;

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

export const DISAGREEMENT_FIELDS = [
  'status',
  'signed',
  'in_force',
  'terminated',
  'suspended',
  'opened',
  'start',
  'end',
  'mous_signed',
] as const;
export type DisagreementField = (typeof DISAGREEMENT_FIELDS)[number];
