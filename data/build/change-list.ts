/**
 * What changed between two data releases, record by record and field by field. Works on atlas.json
 * as plain JSON (not through today's schema), so a previous release written before a schema change
 * still compares: a field that appears or disappears is reported as changed from or to empty.
 */
import type { RecordChange } from '../../src/domain/release';

type Rec = Record<string, unknown>;
type Key = (r: Rec) => string;

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** How each collection's records are identified and named; collections not listed are not compared. */
const COLLECTIONS: Record<string, { key: Key; label: Key }> = {
  ties: { key: (r) => `${s(r.agreementId)}/${s(r.partner)}`, label: (r) => `${s(r.agreementName)} (${s(r.partner)})` },
  offices: { key: (r) => s(r.officeId), label: (r) => s(r.name) },
  missions: { key: (r) => s(r.missionId), label: (r) => s(r.name) },
  protocols: { key: (r) => `${s(r.agreementId)}/${s(r.name)}`, label: (r) => s(r.name) },
  milestones: { key: (r) => s(r.milestoneId), label: (r) => s(r.title) },
  beltAndRoad: { key: (r) => s(r.partner), label: (r) => s(r.partner) },
  headlineTotals: { key: (r) => s(r.metric), label: (r) => s(r.metric) },
  headlineGaps: { key: (r) => `${s(r.metric)}/${s(r.item)}`, label: (r) => s(r.item) },
  disagreements: {
    key: (r) => `${s(r.recordId)}/${s(r.partner)}/${s(r.field)}/${s(r.value)}`,
    label: (r) => `${s(r.recordId)} ${s(r.field)}`,
  },
  economies: { key: (r) => s(r.iso2), label: (r) => s((r.names as Rec | undefined)?.en) },
};

/** The collections the change list compares, as About names them. */
export const COMPARED_COLLECTIONS = Object.keys(COLLECTIONS);

/** A field's value as text: lists joined with "; ", objects as JSON, empty for missing. */
function text(v: unknown): string {
  if (Array.isArray(v)) return v.map(text).join('; ');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return s(v);
}

function fieldChanges(before: Rec, after: Rec) {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields.flatMap((field) => {
    const [b, a] = [text(before[field]), text(after[field])];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

const records = (atlas: Rec, collection: string) => (Array.isArray(atlas[collection]) ? (atlas[collection] as Rec[]) : []);

/** Every record added, removed or changed from `previous` to `next`, in a stable order (collection, id). */
export function changeList(previous: Rec, next: Rec): RecordChange[] {
  return Object.entries(COLLECTIONS).flatMap(([collection, { key, label }]) => {
    const before = new Map(records(previous, collection).map((r) => [key(r), r]));
    const after = new Map(records(next, collection).map((r) => [key(r), r]));
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
    return ids.flatMap((id): RecordChange[] => {
      const [b, a] = [before.get(id), after.get(id)];
      if (!b) return [{ kind: 'added', collection, id, label: label(a!), fields: [] }];
      if (!a) return [{ kind: 'removed', collection, id, label: label(b), fields: [] }];
      const fields = fieldChanges(b, a);
      return fields.length ? [{ kind: 'changed', collection, id, label: label(a), fields }] : [];
    });
  });
}

/** The change list as CSV: one line per added or removed record, one per changed field. */
export function changeRows(changes: readonly RecordChange[]): Record<string, string>[] {
  return changes.flatMap((c) =>
    c.fields.length
      ? c.fields.map((f) => ({ change: c.kind, collection: c.collection, id: c.id, label: c.label, ...f }))
      : [{ change: c.kind, collection: c.collection, id: c.id, label: c.label, field: '', before: '', after: '' }],
  );
}
export const CHANGES_CSV_COLUMNS = ['change', 'collection', 'id', 'label', 'field', 'before', 'after'] as const;
