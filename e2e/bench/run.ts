/**
 * `npm run bench`: the performance report of issue 7. Builds the app and a bare MapLibre reference
 * page, serves them gzipped on 127.0.0.1, drives them in headless Chromium interleaved (reference,
 * app, app with 100× data, reference, …) after a warm-up, and prints medians, min–max and the
 * budget checks. It is a report: it exits 0 whether budgets pass or fail (1 only if it cannot run).
 *
 * Env: BENCH_RUNS (measured runs per target, default 7), BENCH_WARMUP (default and minimum 1),
 * BENCH_PORT (default 4182: 100× app on it, app + reference on BENCH_PORT + 1), BENCH_SCALE (100),
 * BENCH_BEFORE (a folder holding an earlier build: measured too, interleaved, on BENCH_PORT + 2, and
 * its figures printed beside the app's: a before/after comparison in one run), BENCH_SCALED=0 (skip
 * the 100× data runs, e.g. for a quicker before/after run), BENCH_FEEL (a comma-separated list of
 * the feel part's interactions to run, all by default).
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';
import { buildTargets } from './build-targets';
import { type RunResult, measureRun } from './measure';
import { budget, header, row, stat, type Unit } from './report';
import { INTERACTIONS } from './feel';
import type { FeelSample } from './feel-instrumentation';
import { startStaticServer } from './static-server';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
// At least one warm-up: it also measures the app's map size for the reference page.
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP ?? 1));
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const SCALE = Math.max(2, Number(process.env.BENCH_SCALE ?? 100));
const BEFORE = process.env.BENCH_BEFORE;
const WITH_SCALED = process.env.BENCH_SCALED !== '0';

type Target = 'reference' | 'app' | 'before' | 'scaled';
const LABEL: Record<Target, string> = { reference: 'reference', app: 'app', before: 'before', scaled: `app ×${SCALE}` };
const TARGETS: Target[] = ['reference', 'app', ...(BEFORE ? ['before' as const] : []), ...(WITH_SCALED ? ['scaled' as const] : [])];

async function main(): Promise<void> {
  const built = await buildTargets(SCALE);
  const cleanups: (() => unknown)[] = [() => rmSync(built.workDir, { recursive: true, force: true })];
  const results: Record<Target, RunResult[]> = { reference: [], app: [], before: [], scaled: [] };
  let referenceQuery = '';
  const loadBefore = loadavg()[0];
  try {
    const appServer = await startStaticServer(PORT + 1, [
      { prefix: '/', dir: built.appDir },
      { prefix: built.referencePrefix, dir: built.referenceDir },
    ]);
    cleanups.push(appServer.close);
    const scaledServer = await startStaticServer(PORT, [{ prefix: '/', dir: built.scaledAppDir }]);
    cleanups.push(scaledServer.close);
    const beforeServer = BEFORE ? await startStaticServer(PORT + 2, [{ prefix: '/', dir: BEFORE }]) : null;
    if (beforeServer) cleanups.push(beforeServer.close);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
    cleanups.push(() => browser.close());

    const runOnce = async (target: Target) => {
      if (target === 'reference')
        return measureRun(browser, appServer, `${appServer.url}${built.referencePrefix}${referenceQuery}`, { interactions: false });
      const server = target === 'app' ? appServer : target === 'before' ? beforeServer! : scaledServer;
      return measureRun(browser, server, `${server.url}/`, { interactions: true });
    };

    console.log(`Warm-up (${WARMUP}), then ${RUNS} measured runs each, interleaved: ${TARGETS.map((t) => LABEL[t]).join(', ')}.`);
    for (let i = 0; i < WARMUP; i++) {
      const app = await runOnce('app');
      // The reference draws on a canvas the size of the app's map, so both paint the same pixels.
      referenceQuery = `?w=${app.mapSize.width}&h=${app.mapSize.height}`;
      for (const target of TARGETS.filter((t) => t !== 'app')) await runOnce(target);
    }
    for (let i = 0; i < RUNS; i++) {
      const line: string[] = [];
      for (const target of TARGETS) {
        const r = await runOnce(target);
        results[target].push(r);
        line.push(`${LABEL[target]} ${r.loadMs.toFixed(0)} ms`);
      }
      console.log(`  run ${i + 1}/${RUNS}: load to first idle · ${line.join(' · ')}`);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
  // Other processes skew timings on a small machine: say how busy it was.
  console.log(
    `\nMachine: ${availableParallelism()} cores; 1-minute load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end.`,
  );
  printReport(results, built.tieCounts, referenceQuery);
}

function printReport(results: Record<Target, RunResult[]>, ties: { real: number; scaled: number }, referenceQuery: string): void {
  const { reference: ref, app, scaled } = results;
  const pick = (rs: RunResult[], f: (r: RunResult) => number) => rs.map(f);
  const flat = (rs: RunResult[], f: (r: RunResult) => number[] | null) => (rs.some((r) => f(r) === null) ? null : rs.flatMap((r) => f(r)!));
  const ratios = app.map((r, i) => r.loadMs / ref[i].loadMs);
  const colouredRatios = app.map((r, i) => (r.colouredMs ?? NaN) / ref[i].loadMs);
  const noYear = 'n/a (no year slider yet)';
  const x = `×${SCALE}`;

  console.log(`Reference: bare maplibre-gl page at the app's map size (${referenceQuery}). Data: ${ties.real} ties; ${x}: ${ties.scaled}.`);
  console.log('Durations in ms measured in the page (input event → map idle / panel heading frame); kB = 1000 bytes, gzip level 6.\n');
  console.log(header());
  // The table's rows, in order: what is measured, for which page, in which unit.
  const rows: [string, number[] | null, Unit, string?][] = [
    ['first contentful paint · reference', pick(ref, (r) => r.fcpMs), 'ms'],
    ['first contentful paint · app', pick(app, (r) => r.fcpMs), 'ms'],
    [`first contentful paint · app ${x}`, pick(scaled, (r) => r.fcpMs), 'ms'],
    ['load to first map idle · reference', pick(ref, (r) => r.loadMs), 'ms'],
    ['load to first map idle · app', pick(app, (r) => r.loadMs), 'ms'],
    ['load ratio app / reference (paired)', ratios, 'ratio'],
    [`load to first map idle · app ${x}`, pick(scaled, (r) => r.loadMs), 'ms'],
    ['load to coloured map idle · app', pick(app, (r) => r.colouredMs ?? NaN), 'ms'],
    ['coloured app / reference (paired)', colouredRatios, 'ratio'],
    [`load to coloured map idle · app ${x}`, pick(scaled, (r) => r.colouredMs ?? NaN), 'ms'],
    ['load to complete map idle · app', pick(app, (r) => r.completeMs ?? NaN), 'ms'],
    ['complete app / reference (paired)', app.map((r, i) => (r.completeMs ?? NaN) / ref[i].loadMs), 'ratio'],
    ['filter toggle → map idle · app', flat(app, (r) => r.filterMs), 'ms'],
    [`filter toggle → map idle · app ${x}`, flat(scaled, (r) => r.filterMs), 'ms'],
    ['economy selection → panel · app', flat(app, (r) => r.selectMs), 'ms'],
    [`economy selection → panel · app ${x}`, flat(scaled, (r) => r.selectMs), 'ms'],
    ['year step → map idle · app', flat(app, (r) => r.yearMs), 'ms', noYear],
    [`year step → map idle · app ${x}`, flat(scaled, (r) => r.yearMs), 'ms', noYear],
    ['transfer before first idle · reference', pick(ref, (r) => r.bytes), 'kB'],
    ['transfer before first idle · app', pick(app, (r) => r.bytes), 'kB'],
    [`transfer before first idle · app ${x}`, pick(scaled, (r) => r.bytes), 'kB'],
    ['JS heap after load (after GC) · reference', pick(ref, (r) => r.heapBytes), 'MB'],
    ['JS heap after load (after GC) · app', pick(app, (r) => r.heapBytes), 'MB'],
    [`JS heap after load (after GC) · app ${x}`, pick(scaled, (r) => r.heapBytes), 'MB'],
  ];
  for (const [label, values, unit, missing] of rows) console.log(row(label, values, unit, missing));

  const files = [...(app[0]?.bytesByPath ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  console.log(`\nApp first-load transfer by file (gzip): ${files.map(([p, b]) => `${p} ${(b / 1000).toFixed(1)} kB`).join(', ')}`);

  const med = (xs: number[] | null) => (xs && stat(xs)?.median) ?? null;
  const ms = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)} ms`;
  const times = (v: number) => `${v.toFixed(2)}×`;
  const scaledVsReal = (f: (r: RunResult) => number[] | null) => {
    const real = med(flat(app, f));
    const big = med(flat(scaled, f));
    return real === null || big === null ? null : big / real;
  };
  printFeel(app, scaled, x);
  printGlobeFloor(ref);
  if (results.before.length) {
    const before = results.before;
    console.log(`\nBefore (${BEFORE}), the same measures in the same run:`);
    console.log(
      row(
        'load to first map idle · before',
        pick(before, (r) => r.loadMs),
        'ms',
      ),
    );
    console.log(
      row(
        'load ratio before / reference (paired)',
        before.map((r, i) => r.loadMs / ref[i].loadMs),
        'ratio',
      ),
    );
    console.log(
      row(
        'complete before / reference (paired)',
        before.map((r, i) => (r.completeMs ?? NaN) / ref[i].loadMs),
        'ratio',
      ),
    );
    console.log(
      row(
        'transfer before first idle · before',
        pick(before, (r) => r.bytes),
        'kB',
      ),
    );
    printFeel(before, [], x, 'before');
  }

  console.log('\nBudgets (issues 7 and 18):');
  console.log(budget('load ratio app/reference (first idle), median', med(ratios), 1.15, times, ''));
  const fcpGap = med(app.map((r, i) => r.fcpMs - ref[i].fcpMs));
  console.log(budget('first contentful paint, app minus reference (paired), median', fcpGap, 100, ms, 'not measured'));
  const coloured = med(colouredRatios);
  console.log(`  info  same ratio to the app's first idle with partner colours: ${coloured === null ? 'not measured' : times(coloured)}`);
  const complete = med(app.map((r, i) => (r.completeMs ?? NaN) / ref[i].loadMs));
  console.log(budget('load to complete map (arcs, labels, offices) / reference first idle, median', complete, 1.5, times, 'not measured'));
  const loadAt = (rs: RunResult[], f: (r: RunResult) => number | null) => med(rs.map((r) => f(r) ?? NaN));
  for (const [label, f] of [
    ['load to first idle', (r: RunResult) => r.loadMs],
    ['load to complete map', (r: RunResult) => r.completeMs],
  ] as const) {
    const real = loadAt(app, f);
    const big = loadAt(scaled, f);
    console.log(budget(`${label} at ${x} data vs real`, real && big ? big / real : null, 2, times, 'not measured'));
  }
  // Each interaction: its median time, then how much slower it is with the scaled data.
  const interactions = [
    ['filter toggle', ' → map idle', (r: RunResult) => r.filterMs, 'not measured'],
    ['economy selection', ' → panel', (r: RunResult) => r.selectMs, 'not measured'],
    ['year step', ' → map idle', (r: RunResult) => r.yearMs, noYear],
  ] as const;
  for (const [label, until, f, missing] of interactions)
    console.log(budget(`${label}${until}, median`, med(flat(app, f)), 100, ms, missing));
  for (const [label, , f, missing] of interactions)
    console.log(budget(`${label} at ${x} data vs real`, scaledVsReal(f), 2, times, missing));
  console.log(
    budget('first-load transfer (gzip), median', med(pick(app, (r) => r.bytes)), 900_000, (v) => `${(v / 1000).toFixed(0)} kB`, ''),
  );

  const problems = new Map<string, number>();
  for (const r of [...ref, ...app, ...results.before, ...scaled]) for (const p of r.problems) problems.set(p, (problems.get(p) ?? 0) + 1);
  if (problems.size) {
    console.log('\nProblems seen during the runs (count):');
    for (const [p, n] of problems) console.log(`  ${n}× ${p}`);
  }
}

/**
 * The floor under the app's globe switch: the same switch on the bare reference page (the same
 * shapes, no arcs, labels or offices), so a reader of the report can tell MapLibre's own cost on
 * this machine from the app's.
 */
function printGlobeFloor(ref: RunResult[]): void {
  const there = ref.map((r) => r.referenceGlobeMs[0]).filter((v): v is number => v !== undefined);
  const back = ref.map((r) => r.referenceGlobeMs[1]).filter((v): v is number => v !== undefined);
  if (!there.length) return;
  const both = stat([...there, ...back])?.median ?? NaN;
  console.log(
    `globe switch · reference (bare MapLibre, the same shapes only), setProjection → idle, medians: to Globe ${Math.round(stat(there)!.median)} ms, back to Flat ${Math.round(stat(back)!.median)} ms, both ${Math.round(both)} ms (n ${there.length + back.length})`,
  );
}

/** Speed as felt (issue 18): per interaction, medians of next paint and settled, with load-independent counts. */
function printFeel(app: RunResult[], scaled: RunResult[], x: string, label = 'app'): void {
  const samples = (rs: RunResult[], what: (typeof INTERACTIONS)[number]) => rs.flatMap((r) => r.feel[what] ?? []);
  const med = (xs: number[]) => stat(xs)?.median ?? null;
  const pick = (xs: FeelSample[], f: (s: FeelSample) => number) => xs.map(f);
  const fmt = (v: number | null) => (v === null ? '  n/a' : `${Math.round(v)}`.padStart(5));
  console.log(
    `\nSpeed as felt (issue 18), ${label}, medians: input → next paint (Event Timing; 16 = under the API's 16 ms floor) and → page settled (no DOM change for 300 ms, map idle), ms;`,
  );
  console.log(
    'per input: React commits, map style/source updates, feature-state writes, map frames drawn, long-task ms. Budgets: paint ≤ 50, settled ≤ 250 (camera flights apart); ×100 ≤ 2× real.',
  );
  console.log(
    `${'interaction'.padEnd(36)}${'paint'.padStart(6)}${'settled'.padStart(8)}${'commits'.padStart(8)}${'map'.padStart(5)}${'fstate'.padStart(7)}${'frames'.padStart(7)}${'long'.padStart(6)}  ${x}: paint settled   n  verdict`,
  );
  for (const what of INTERACTIONS) {
    const real = samples(app, what);
    const big = samples(scaled, what);
    if (!real.length) {
      console.log(`${what.padEnd(36)} not measured`);
      continue;
    }
    const [paint, settled] = [med(pick(real, (s) => s.paintMs)), med(pick(real, (s) => s.settledMs))];
    const [bigPaint, bigSettled] = [med(pick(big, (s) => s.paintMs)), med(pick(big, (s) => s.settledMs))];
    const flight = what.includes('camera flight');
    const within = (a: number | null, b: number | null) => a !== null && b !== null && b <= Math.max(2 * a, a + 16);
    const verdict = [
      paint !== null && paint <= 50 ? 'paint PASS' : 'paint FAIL',
      flight ? 'settled (flight, info)' : settled !== null && settled <= 250 ? 'settled PASS' : 'settled FAIL',
      // Without ×100 runs (BENCH_SCALED=0) there is nothing to compare: not a failure.
      !big.length ? `${x} not measured` : within(paint, bigPaint) && within(settled, bigSettled) ? `${x} PASS` : `${x} FAIL`,
    ].join(', ');
    console.log(
      `${what.padEnd(36)}${fmt(paint).padStart(6)}${fmt(settled).padStart(8)}${fmt(med(pick(real, (s) => s.commits))).padStart(8)}${fmt(med(pick(real, (s) => s.mapUpdates)))}${fmt(med(pick(real, (s) => s.featureStates))).padStart(7)}${fmt(med(pick(real, (s) => s.mapFrames ?? 0))).padStart(7)}${fmt(med(pick(real, (s) => s.longTaskMs))).padStart(6)}  ${fmt(bigPaint).padStart(9)}${fmt(bigSettled).padStart(8)}${String(real.length).padStart(4)}  ${verdict}`,
    );
  }
  // Each run switches to the globe, then back: a median of both can fall anywhere between a slow
  // switch there and a quick one back, so each direction is printed too.
  const globe = samples(app, 'globe switch');
  if (globe.length > 1) {
    const settledOf = (back: number) =>
      med(
        pick(
          globe.filter((_, i) => i % 2 === back),
          (s) => s.settledMs,
        ),
      );
    console.log(
      `globe switch · ${label}, settled medians by direction: to Globe ${fmt(settledOf(0)).trim()} ms, back to Flat ${fmt(settledOf(1)).trim()} ms (n ${globe.length})`,
    );
  }
}

main().catch((err: unknown) => {
  console.error('The benchmark could not run:', err);
  process.exit(1);
});
