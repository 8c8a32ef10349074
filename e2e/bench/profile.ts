/**
 * `npm run bench:profile -- "type filter" "language switch" load`: where the time of an interaction
 * (or of the load) goes. Builds the app with source maps into a temporary folder, serves it gzipped,
 * and for each named interaction of the feel bench (feel.ts) records, around it:
 * - a CPU profile of the page's main thread, its self time attributed through the source maps to
 *   packages (react-dom, maplibre-gl, recharts…) and to the app's own folders;
 * - a Chrome trace, with each thread's busy time (main, MapLibre's worker, compositor, GPU) and the
 *   main thread's self time by trace event (script, style, layout, paint…).
 * Durations on a shared machine are inflated; the shares are what to read. Env: PROFILE_PORT (4190),
 * PROFILE_SCALE (every tie repeated that many times, as in the bench's ×100 runs; default 1),
 * PROFILE_ALLOCATIONS=1 (also a sampling heap profile: the bytes each owner and function allocated in
 * the window, garbage included, since garbage is what the collector's pauses are made of).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';
import { FIRST_SECONDS, INTERACTIONS, type Interaction, measureFeel, measureFirstSeconds } from './feel';
import { FEEL_INSTRUMENTATION } from './feel-instrumentation';
import { scaleAtlas } from './build-targets';
import { INSTRUMENT_PAGE, settle } from './page-instrumentation';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.PROFILE_PORT ?? 4190);
const TOP = 14;

interface ProfileNode {
  id: number;
  callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Where a position in the built files comes from: a package, or a folder of the app's source. */
function sourceMaps(dir: string) {
  const consumers = new Map<string, SourceMapConsumer>();
  for (const file of readdirSync(join(dir, 'assets')).filter((f) => /\.(m?js)$/.test(f))) {
    try {
      consumers.set(file, new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'assets', `${file}.map`), 'utf8'))));
    } catch {
      /* no map */
    }
  }
  return (frame: ProfileNode['callFrame']): { owner: string; fn: string } => {
    if (!frame.url) return { owner: frame.functionName || '(native)', fn: frame.functionName || '(native)' };
    const consumer = consumers.get(frame.url.split('/').pop() ?? '');
    if (!consumer) return { owner: frame.url.replace(/^.*\//, ''), fn: frame.functionName };
    const pos = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    const src = pos.source ?? '?';
    const inModules = src.split('node_modules/')[1];
    const owner = inModules
      ? inModules
          .split('/')
          .slice(0, inModules.startsWith('@') ? 2 : 1)
          .join('/')
      : src.replace(/^.*?src\//, 'src/');
    return { owner, fn: `${pos.name ?? frame.functionName ?? '?'} (${src.replace(/^.*\//, '')}:${pos.line})` };
  };
}

function summariseProfile(profile: CpuProfile, locate: ReturnType<typeof sourceMaps>): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const owners = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    const { owner, fn } = locate(node.callFrame);
    if (owner === '(idle)') return;
    total += dt;
    owners.set(owner, (owners.get(owner) ?? 0) + dt);
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms ${((100 * v) / total).toFixed(0).padStart(3)} %  ${k}`);
  return [`  main thread CPU (not idle): ${total.toFixed(0)} ms; by owner:`, ...top(owners), '  by function:', ...top(fns)];
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated in the window (kept or already collected) by owner and by function. */
function summariseAllocations(head: HeapNode, locate: ReturnType<typeof sourceMaps>): string[] {
  const owners = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  // A built-in (Set's add, an iterator's next) is charged to the nearest caller with a source.
  const walk = (node: HeapNode, caller?: { owner: string; fn: string }) => {
    const here = node.callFrame.url ? locate(node.callFrame) : undefined;
    if (node.selfSize) {
      const name = node.callFrame.functionName || '(native)';
      const { owner, fn } = here ?? (caller ? { owner: caller.owner, fn: `${name} ← ${caller.fn}` } : { owner: name, fn: name });
      total += node.selfSize;
      owners.set(owner, (owners.get(owner) ?? 0) + node.selfSize);
      fns.set(fn, (fns.get(fn) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, here ?? caller);
  };
  walk(head);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(7)} kB`;
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `    ${kb(v)} ${((100 * v) / total).toFixed(0).padStart(3)} %  ${k}`);
  return [`  allocated on the main thread (sampled): ${kb(total).trim()}; by owner:`, ...top(owners), '  by function:', ...top(fns)];
}

function summariseTrace(buffer: Buffer): string[] {
  const parsed = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const busy = new Map<string, number>();
  const selfByName = new Map<string, number>();
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!perThread.has(key)) perThread.set(key, []);
    perThread.get(key)!.push(e);
  }
  for (const [key, list] of perThread) {
    const thread = names.get(key) ?? key;
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Self time: each event's duration minus its direct children's.
    const stack: { e: TraceEvent; child: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= until) {
        const { e, child } = stack.pop()!;
        if (stack.length) stack[stack.length - 1].child += e.dur!;
        else busy.set(thread, (busy.get(thread) ?? 0) + e.dur! / 1000);
        if (thread === 'CrRendererMain') selfByName.set(e.name, (selfByName.get(e.name) ?? 0) + (e.dur! - child) / 1000);
      }
    };
    for (const e of list) {
      close(e.ts);
      stack.push({ e, child: 0 });
    }
    close(Infinity);
  }
  const lines = [...busy].filter(([, v]) => v >= 5).sort((a, b) => b[1] - a[1]);
  const self = [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return [
    '  busy time by thread (top-level trace events):',
    ...lines.map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`),
    '  main thread self time by trace event:',
    ...self.map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`),
  ];
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'blink',
  'gpu',
  'cc',
  'viz',
];

async function profiled<T>(page: Page, cdp: CDPSession, label: string, locate: ReturnType<typeof sourceMaps>, run: () => Promise<T>) {
  const browser = page.context().browser()!;
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const allocations = process.env.PROFILE_ALLOCATIONS === '1';
  if (allocations)
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const started = Date.now();
  const result = await run();
  const trace = await browser.stopTracing();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const heap = allocations ? ((await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } }) : undefined;
  console.log(`\n${label} (${Date.now() - started} ms wall clock, load average ${loadavg()[0].toFixed(1)})`);
  for (const line of [...summariseProfile(profile, locate), ...summariseTrace(trace)]) console.log(line);
  if (heap) for (const line of summariseAllocations(heap.profile.head, locate)) console.log(line);
  return result;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => w !== 'load' && !INTERACTIONS.includes(w as Interaction));
  if (!wanted.length || unknown.length) {
    console.error(
      `Name one or more of: load, ${INTERACTIONS.map((i) => `"${i}"`).join(', ')}${unknown.length ? ` (unknown: ${unknown})` : ''}`,
    );
    process.exit(1);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
  console.log('Building the app with source maps…');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
  // PROFILE_SCALE=100: every tie repeated, as in the bench's ×100 runs, to see what grows with the data.
  const scale = Number(process.env.PROFILE_SCALE ?? 1);
  if (scale > 1) {
    const atlasPath = join(outDir, 'data/atlas.json');
    writeFileSync(atlasPath, JSON.stringify(scaleAtlas(JSON.parse(readFileSync(atlasPath, 'utf8')), scale)));
    console.log(`Every tie repeated ${scale} times.`);
  }
  const locate = sourceMaps(outDir);
  const server = await startStaticServer(PORT, [{ prefix: '/', dir: outDir }]);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addInitScript({ content: INSTRUMENT_PAGE });
    await context.addInitScript({ content: FEEL_INSTRUMENTATION });
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && console.log(`  console error: ${m.text()}`)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    if (process.env.PROFILE_ALLOCATIONS === '1') await cdp.send('HeapProfiler.enable');
    const load = async () => {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.__mapComplete ?? null, undefined, { timeout: 120_000 });
    };
    if (wanted.includes('load')) await profiled(page, cdp, 'load to the complete map', locate, load);
    else await load();
    await page.locator('.app[data-ready="true"]').waitFor();
    // As the bench does: at once after the complete map, before the page settles.
    const first = wanted.includes(FIRST_SECONDS) ? await profiled(page, cdp, FIRST_SECONDS, locate, () => measureFirstSeconds(page)) : {};
    await settle(page);
    const problems: string[] = [];
    const rest = await measureFeel(page, problems, {
      only: wanted.filter((w): w is Interaction => w !== 'load'),
      around: (what, run) => profiled(page, cdp, what, locate, run),
    });
    for (const [what, samples] of Object.entries({ ...first, ...rest }))
      console.log(`${what}: ${samples.map((s) => `paint ${s.paintMs.toFixed(0)} / settled ${s.settledMs.toFixed(0)} ms`).join('; ')}`);
    for (const p of problems) console.log(`problem: ${p}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('The profile could not run:', err);
  process.exit(1);
});
