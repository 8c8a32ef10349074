/**
 * `npm run bench`: the performance report of issue 7. Builds the app and a bare MapLibre reference
 * page, serves them gzipped on 127.0.0.1, drives them in headless Chromium interleaved (reference,
 * app, app with 100× data, reference, …) after a warm-up, and prints medians, min–max and the
 * budget checks. It is a report: it exits 0 whether budgets pass or fail (1 only if it cannot run).
 *
 * Env: BENCH_RUNS (measured runs per target, default 7), BENCH_WARMUP (default and minimum 1),
 * BENCH_PORT (default 4182: 100× app on it, app + reference on BENCH_PORT + 1), BENCH_SCALE (100).
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';
import { buildTargets } from './build-targets';
import { type RunResult, measureRun } from './measure';
import { budget, header, row, stat } from './report';
import { startStaticServer } from './static-server';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
// At least one warm-up: it also measures the app's map size for the reference page.
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP ?? 1));
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const SCALE = Math.max(2, Number(process.env.BENCH_SCALE ?? 100));

type Target = 'reference' | 'app' | 'scaled';
const LABEL: Record<Target, string> = { reference: 'reference', app: 'app', scaled: `app ×${SCALE}` };

async function main(): Promise<void> {
  const built = await buildTargets(SCALE);
  const cleanups: (() => unknown)[] = [() => rmSync(built.workDir, { recursive: true, force: true })];
  const results: Record<Target, RunResult[]> = { reference: [], app: [], scaled: [] };
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
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
    cleanups.push(() => browser.close());

    const runOnce = async (target: Target) => {
      if (target === 'reference') return measureRun(browser, appServer, `${appServer.url}${built.referencePrefix}${referenceQuery}`, { interactions: false });
      const server = target === 'app' ? appServer : scaledServer;
      return measureRun(browser, server, `${server.url}/`, { interactions: true });
    };

    console.log(`Warm-up (${WARMUP}), then ${RUNS} measured runs each, interleaved: reference, app, app ×${SCALE}.`);
    for (let i = 0; i < WARMUP; i++) {
      const app = await runOnce('app');
      // The reference draws on a canvas the size of the app's map, so both paint the same pixels.
      referenceQuery = `?w=${app.mapSize.width}&h=${app.mapSize.height}`;
      await runOnce('reference');
      await runOnce('scaled');
    }
    for (let i = 0; i < RUNS; i++) {
      const line: string[] = [];
      for (const target of ['reference', 'app', 'scaled'] as const) {
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
  console.log(`\nMachine: ${availableParallelism()} cores; 1-minute load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end.`);
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
  console.log(row('first contentful paint · reference', pick(ref, (r) => r.fcpMs), 'ms'));
  console.log(row('first contentful paint · app', pick(app, (r) => r.fcpMs), 'ms'));
  console.log(row(`first contentful paint · app ${x}`, pick(scaled, (r) => r.fcpMs), 'ms'));
  console.log(row('load to first map idle · reference', pick(ref, (r) => r.loadMs), 'ms'));
  console.log(row('load to first map idle · app', pick(app, (r) => r.loadMs), 'ms'));
  console.log(row('load ratio app / reference (paired)', ratios, 'ratio'));
  console.log(row(`load to first map idle · app ${x}`, pick(scaled, (r) => r.loadMs), 'ms'));
  console.log(row('load to coloured map idle · app', pick(app, (r) => r.colouredMs ?? NaN), 'ms'));
  console.log(row('coloured app / reference (paired)', colouredRatios, 'ratio'));
  console.log(row(`load to coloured map idle · app ${x}`, pick(scaled, (r) => r.colouredMs ?? NaN), 'ms'));
  console.log(row('load to complete map idle · app', pick(app, (r) => r.completeMs ?? NaN), 'ms'));
  console.log(row('complete app / reference (paired)', app.map((r, i) => (r.completeMs ?? NaN) / ref[i].loadMs), 'ratio'));
  console.log(row('filter toggle → map idle · app', flat(app, (r) => r.filterMs), 'ms'));
  console.log(row(`filter toggle → map idle · app ${x}`, flat(scaled, (r) => r.filterMs), 'ms'));
  console.log(row('economy selection → panel · app', flat(app, (r) => r.selectMs), 'ms'));
  console.log(row(`economy selection → panel · app ${x}`, flat(scaled, (r) => r.selectMs), 'ms'));
  console.log(row('year step → map idle · app', flat(app, (r) => r.yearMs), 'ms', noYear));
  console.log(row(`year step → map idle · app ${x}`, flat(scaled, (r) => r.yearMs), 'ms', noYear));
  console.log(row('transfer before first idle · reference', pick(ref, (r) => r.bytes), 'kB'));
  console.log(row('transfer before first idle · app', pick(app, (r) => r.bytes), 'kB'));
  console.log(row(`transfer before first idle · app ${x}`, pick(scaled, (r) => r.bytes), 'kB'));
  console.log(row('JS heap after load (after GC) · reference', pick(ref, (r) => r.heapBytes), 'MB'));
  console.log(row('JS heap after load (after GC) · app', pick(app, (r) => r.heapBytes), 'MB'));
  console.log(row(`JS heap after load (after GC) · app ${x}`, pick(scaled, (r) => r.heapBytes), 'MB'));

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
  console.log('\nBudgets (issue 7):');
  console.log(budget('load ratio app/reference (first idle), median', med(ratios), 1.25, times, ''));
  const coloured = med(colouredRatios);
  console.log(`  info  same ratio to the app's first idle with partner colours: ${coloured === null ? 'not measured' : times(coloured)}`);
  const complete = med(app.map((r, i) => (r.completeMs ?? NaN) / ref[i].loadMs));
  console.log(`  info  same ratio to the app's first idle with arcs, labels and offices too: ${complete === null ? 'not measured' : times(complete)}`);
  console.log(budget('filter toggle → map idle, median', med(flat(app, (r) => r.filterMs)), 100, ms, 'not measured'));
  console.log(budget('economy selection → panel, median', med(flat(app, (r) => r.selectMs)), 100, ms, 'not measured'));
  console.log(budget('year step → map idle, median', med(flat(app, (r) => r.yearMs)), 100, ms, noYear));
  console.log(budget(`filter toggle at ${x} data vs real`, scaledVsReal((r) => r.filterMs), 2, times, 'not measured'));
  console.log(budget(`economy selection at ${x} data vs real`, scaledVsReal((r) => r.selectMs), 2, times, 'not measured'));
  console.log(budget(`year step at ${x} data vs real`, scaledVsReal((r) => r.yearMs), 2, times, noYear));
  console.log(budget('first-load transfer (gzip), median', med(pick(app, (r) => r.bytes)), 900_000, (v) => `${(v / 1000).toFixed(0)} kB`, ''));

  const problems = new Map<string, number>();
  for (const r of [...ref, ...app, ...scaled]) for (const p of r.problems) problems.set(p, (problems.get(p) ?? 0) + 1);
  if (problems.size) {
    console.log('\nProblems seen during the runs (count):');
    for (const [p, n] of problems) console.log(`  ${n}× ${p}`);
  }
}

main().catch((err: unknown) => {
  console.error('The benchmark could not run:', err);
  process.exit(1);
});
