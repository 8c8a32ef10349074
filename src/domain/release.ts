import { z } from './zod';

/**
 * public/data/changes.json: the data release's version and what changed since the previous release,
 * record by record and field by field. Written by the data build, shown in About ("What changed")
 * and used by "Cite this" for the version.
 */
export const fieldChangeSchema = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const recordChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  /** The atlas collection: ties, offices, missions, protocols, milestones… */
  collection: z.string().min(1),
  /** The record's key within its collection (for a tie: agreement id / partner). */
  id: z.string().min(1),
  /** A readable name for the record. */
  label: z.string(),
  /** For "changed": each field whose value differs; empty for added and removed records. */
  fields: z.array(fieldChangeSchema),
});
export type RecordChange = z.infer<typeof recordChangeSchema>;

const releaseRefSchema = z.object({ version: z.string().min(1), asOf: z.string().min(1) });

export const changesSchema = z.object({
  version: z.string().min(1),
  asOf: z.string().min(1),
  previous: releaseRefSchema.nullable(),
  changes: z.array(recordChangeSchema),
});
export type Changes = z.infer<typeof changesSchema>;
