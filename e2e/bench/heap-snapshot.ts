/**
 * What grew between two points of a run: heap snapshots (after a full GC) summarised by
 * constructor, and the difference of two summaries. For `npm run bench:heap` with HEAP_DIFF=1.
 */
import type { Page } from '@playwright/test';

export type HeapSummary = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export async function heapSummary(page: Page): Promise<HeapSummary> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt!]!];
    const raw = snap.strings[snap.nodes[i + nameAt!]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? raw : `(${type})`;
    // Compiled code by V8's kind (bytecode, machine code, function infos, feedback…), to tell warming up from a leak.
    const kind =
      type === 'code'
        ? ` ${raw
            .replace(/^\(code for .*\)$/, 'code for a function')
            .replace(/^(system \/ \w+).*/, '$1')
            .slice(0, 40)}`
        : '';
    const key = `${type === 'closure' || type === 'native' ? `${type} ` : ''}${name}${kind}`;
    const entry = summary.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snap.nodes[i + sizeAt!]!;
    summary.set(key, entry);
  }
  return summary;
}

/** The bytes of V8's compiled code in a summary (every kind of it). */
export const codeBytes = (summary: HeapSummary): number =>
  [...summary].reduce((sum, [key, entry]) => (key.startsWith('(code)') ? sum + entry.bytes : sum), 0);

/** The kinds of object that grew most in bytes between two summaries. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, top = 15): string[] {
  return [...after]
    .map(([key, a]) => ({ key, count: a.count - (before.get(key)?.count ?? 0), bytes: a.bytes - (before.get(key)?.bytes ?? 0) }))
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .map((g) => `${(g.bytes / 1000).toFixed(1).padStart(9)} kB ${String(g.count).padStart(7)} × ${g.key.slice(0, 90)}`);
}
