/**
 * What a repeated action leaves behind, read from two heap snapshots of one page (the "three
 * snapshot" technique): objects in the later snapshot whose ids the earlier one does not hold were
 * allocated in between and survived garbage collection (V8 keeps an object's id while it lives). They are grouped by
 * constructor, and each group gets one retainer path from a GC root, so the owner can be named.
 * For `npm run bench:heap-probe`.
 */
import type { Page } from '@playwright/test';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface Snapshot {
  count: number;
  ids: Set<number>;
  /** The sum of every node's self size. */
  total: number;
  /** Count and self size by label. */
  kinds: Map<string, { count: number; bytes: number }>;
  label(node: number): string;
  id(node: number): number;
  size(node: number): number;
  /** The shortest strong path from the roots to a node, as "owner.edge" steps. */
  path(node: number): string[];
}

export async function takeSnapshot(page: Page): Promise<Snapshot> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return readSnapshot(JSON.parse(chunks.join('')) as RawSnapshot);
}

function readSnapshot(raw: RawSnapshot): Snapshot {
  const {
    node_fields: nf,
    node_types: [nodeTypes],
    edge_fields: ef,
    edge_types: [edgeTypes],
  } = raw.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const [nType, nName, nId, nSize, nEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const { nodes, edges, strings } = raw;
  const count = nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i]! + nodes[i * N + nEdges]! * E;
  const label = (i: number) => {
    const type = nodeTypes[nodes[i * N + nType]!]!;
    // Scopes and closures are named with their object id ("scope @123"): drop it so they group.
    const name = strings[nodes[i * N + nName]!]!.replace(/ @\d+$/, '');
    return type === 'object' || type === 'native' || type === 'closure'
      ? `${type === 'object' ? '' : `${type} `}${name.slice(0, 80)}`
      : `(${type})`;
  };
  const edgeName = (e: number) => {
    const type = edgeTypes[edges[e + eType]!]!;
    const n = edges[e + eName]!;
    return type === 'element' || type === 'hidden' ? `[${n}]` : strings[n]!;
  };
  let parents: Int32Array | null = null;
  let parentEdge: Int32Array | null = null;
  const bfs = () => {
    parents = new Int32Array(count).fill(-1);
    parentEdge = new Int32Array(count).fill(-1);
    parents[0] = 0;
    const queue = new Uint32Array(count);
    let head = 0;
    let tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      const from = queue[head++]!;
      for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e += E) {
        const type = edgeTypes[edges[e + eType]!];
        if (type === 'weak' || type === 'shortcut') continue;
        const to = edges[e + eTo]! / N;
        if (parents[to] !== -1) continue;
        parents[to] = from;
        parentEdge[to] = e;
        queue[tail++] = to;
      }
    }
  };
  let total = 0;
  const ids = new Set<number>();
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < count; i++) {
    ids.add(nodes[i * N + nId]!);
    total += nodes[i * N + nSize]!;
    const k = kinds.get(label(i)) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += nodes[i * N + nSize]!;
    kinds.set(label(i), k);
  }
  return {
    count,
    ids,
    total,
    kinds,
    label,
    id: (i) => nodes[i * N + nId]!,
    size: (i) => nodes[i * N + nSize]!,
    path(node) {
      if (!parents) bfs();
      const steps: string[] = [];
      for (let at = node; at > 0 && steps.length < 14; at = parents![at]!) {
        if (parents![at] === -1) return [...steps, '(unreachable by strong edges)'];
        steps.push(`${label(parents![at]!)} .${edgeName(parentEdge![at]!)}`);
      }
      return steps;
    },
  };
}

/** Objects of `after` allocated after `before` was taken, by constructor, the largest groups first, with one retainer path each. */
export function newObjects(before: Snapshot, after: Snapshot, top = 12, paths = 6): string[] {
  const groups = new Map<string, { count: number; bytes: number; sample: number[] }>();
  for (let i = 0; i < after.count; i++) {
    if (before.ids.has(after.id(i))) continue;
    const key = after.label(i);
    const g = groups.get(key) ?? { count: 0, bytes: 0, sample: [] };
    g.count++;
    g.bytes += after.size(i);
    if (g.sample.length < 3) g.sample.push(i);
    groups.set(key, g);
  }
  const total = [...groups.values()].reduce((s, g) => s + g.bytes, 0);
  const sorted = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  const lines = [
    `snapshot self sizes: ${(before.total / 1e6).toFixed(2)} → ${(after.total / 1e6).toFixed(2)} MB; allocated in between and alive: ${(total / 1000).toFixed(1)} kB`,
    ...growthByKind(before, after, 8).map((l) => `  by kind: ${l}`),
  ];
  sorted.forEach(([key, g], rank) => {
    lines.push(`${(g.bytes / 1000).toFixed(1).padStart(9)} kB ${String(g.count).padStart(6)} × ${key}`);
    if (rank < paths) for (const step of after.path(g.sample[0]!)) lines.push(`              ← ${step}`);
  });
  return lines;
}

/** The kinds of object whose total self size changed most between two snapshots. */
function growthByKind(before: Snapshot, after: Snapshot, top: number): string[] {
  const keys = new Set([...before.kinds.keys(), ...after.kinds.keys()]);
  return [...keys]
    .map((key) => {
      const a = after.kinds.get(key) ?? { count: 0, bytes: 0 };
      const b = before.kinds.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: a.count - b.count, bytes: a.bytes - b.bytes };
    })
    .sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes))
    .slice(0, top)
    .map((g) => `${(g.bytes / 1000).toFixed(1).padStart(8)} kB ${String(g.count).padStart(6)} × ${g.key}`);
}

/**
 * The objects of the given kinds grouped by who holds them (the first `depth` steps of each one's
 * retainer path, array indexes dropped), and how each group changed between the snapshots, the
 * largest changes first. Unlike `newObjects` it does not rely on V8's object ids, so it also works
 * across a long run; it is what named MapLibre's out-of-view tile cache as the owner of the array
 * buffers that came and went (issue 17).
 */
export function ownersGrowth(before: Snapshot, after: Snapshot, kinds: readonly string[], depth = 8, top = 15): string[] {
  const owners = (snap: Snapshot) => {
    const groups = new Map<string, { count: number; bytes: number }>();
    for (let i = 0; i < snap.count; i++) {
      if (!kinds.includes(snap.label(i))) continue;
      const path = snap
        .path(i)
        .slice(0, depth)
        .map((step) => step.replace(/\[\d+\]/g, '[]'));
      const key = `${snap.label(i)} ← ${path.join(' ← ')}`;
      const g = groups.get(key) ?? { count: 0, bytes: 0 };
      g.count++;
      g.bytes += snap.size(i);
      groups.set(key, g);
    }
    return groups;
  };
  const [was, now] = [owners(before), owners(after)];
  return [...new Set([...was.keys(), ...now.keys()])]
    .map((key) => {
      const a = now.get(key) ?? { count: 0, bytes: 0 };
      const b = was.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: a.count - b.count, bytes: a.bytes - b.bytes, held: a };
    })
    .sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes))
    .slice(0, top)
    .map(
      (g) =>
        `${(g.bytes / 1000).toFixed(1).padStart(8)} kB ${String(g.count).padStart(6)} (now ${g.held.count}, ${(g.held.bytes / 1000).toFixed(0)} kB) ${g.key}`,
    );
}
