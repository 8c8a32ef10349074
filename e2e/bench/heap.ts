/**
 * `npm run bench:heap`: does long use grow the page's memory? Builds the app (vite build → dist/),
 * serves it, and drives it with the seeded random actions of the random-use test: a warm-up, then
 * HEAP_ACTIONS more (default 1,000), reading the main thread's JS heap after a full garbage
 * collection every HEAP_EVERY actions. Reports the growth from after the warm-up to the end; the
 * budget is 5 %.
 *
 * The warm-up is long (2,500 actions, about 13 minutes on an idle 2-core machine) because what a
 * short one leaves to grow is caches with a bound, not retention: MapLibre keeps a bitmap of each
 * Chinese label character the first time it draws it, in either script, and the tile data of the
 * cameras visited for queries. Random use reaches most of them within a few hundred actions and the
 * last within about 2,500; after that the heap is flat (e2e/bench/README.md, eighth pass).
 *
 * Env: HEAP_ACTIONS (1000), HEAP_WARMUP (2500), HEAP_EVERY (250), HEAP_SEED, BENCH_PORT (4184);
 * HEAP_CONTROL=1 replaces each action after the warm-up with the harness's own wait (no user action), to see what the harness adds;
 * HEAP_DIFF=1 also prints what grew, by constructor, in each window between readings and over the whole run.
 */
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';
import { ACTIONS, WEIGHTS, backToDefault, dice, seededRandom, settle } from '../support/random-use';
import { heapAfterGc } from './page-instrumentation';
import { codeBytes, heapGrowth, heapSummary } from './heap-snapshot';
import { startStaticServer } from './static-server';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTIONS_N = Number(process.env.HEAP_ACTIONS ?? 1000);
const WARMUP = Number(process.env.HEAP_WARMUP ?? 2500);
const EVERY = Number(process.env.HEAP_EVERY ?? 250);
const SEED = Number(process.env.HEAP_SEED ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 4184);
const BUDGET = 0.05;
const CONTROL = process.env.HEAP_CONTROL === '1';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const pct = (x: number, base: number) => `${x >= base ? '+' : ''}${(((x - base) / base) * 100).toFixed(1)} %`;
// Its own build folder: a `vite build` for the end-to-end tests during a long run does not change what it serves.
const OUT_DIR = join(tmpdir(), 'atlas-bench-heap-dist');

async function main(): Promise<void> {
  console.log('Building the app (vite build)…');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await startStaticServer(PORT, [{ prefix: '/', dir: OUT_DIR }]);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  try {
    // Reduced motion: camera flights end at once, so the run measures state, not animation frames.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.__mapComplete !== undefined, undefined, { timeout: 60_000 });
    const d = dice(seededRandom(SEED));
    const weighted = Object.entries(WEIGHTS).flatMap(([name, w]) => Array<string>(w).fill(name));
    // An action that times out on a starved machine (a globe switch under heavy load) is counted
    // and skipped: this run measures memory; random-use.spec checks that every action works.
    let stalled = 0;
    const act = async (n: number, control = false) => {
      // The control: the harness alone (its waits and queries run scripts in the page too), no user action.
      if (control) {
        for (let done = 0; done < n; done++) {
          await page.locator('.app').count();
          await settle(page);
        }
        return;
      }
      for (let done = 0; done < n;) {
        try {
          if ((await ACTIONS[d.pick(weighted)]!(page, d)) === false) continue;
          done++;
          await settle(page);
        } catch (err) {
          stalled++;
          console.log(`  (an action stalled and was skipped: ${String(err).split('\n')[0]})`);
          if (stalled > 10) throw err;
        }
      }
    };
    // The same state for every reading, so only what is retained differs: nothing playing, the
    // default view (map, English, no filter, nothing selected), reached as Back would reach it, and
    // the whole world in view (the tiles a camera shows are part of the heap).
    const reading = async () => {
      await backToDefault(page);
      const used = await heapAfterGc(page);
      // Compiled code grows as V8 optimises more of the app: memory, but not something the app retains.
      const summary = await heapSummary(page);
      // What is on screen at the reading: the same address can show more (an events list left
      // open is local state, not in the URL), and more elements mean more React fibers and hooks.
      const screen = await page.evaluate(() => ({
        elements: document.getElementsByTagName('*').length,
        open: [...document.querySelectorAll('details[open]')].map((d) => d.className || d.tagName.toLowerCase()),
      }));
      return { used, code: codeBytes(summary), summary, screen };
    };
    console.log(`Warm-up: ${WARMUP} actions (seed ${SEED})…`);
    await act(WARMUP);
    const base = await reading();
    const line = (r: { used: number; code: number; screen: { elements: number; open: string[] } }) =>
      `${mb(r.used)} (${pct(r.used, base.used)}); without compiled code ${mb(r.used - r.code)} (${pct(r.used - r.code, base.used - base.code)}); ` +
      `${r.screen.elements} elements on the page, open: ${r.screen.open.join(', ') || 'none'}`;
    console.log(`  after warm-up: ${line(base)}`);
    const diff = process.env.HEAP_DIFF === '1';
    const started = Date.now();
    let heap = base;
    for (let done = 0; done < ACTIONS_N; done += EVERY) {
      await act(Math.min(EVERY, ACTIONS_N - done), CONTROL);
      const previous = heap;
      heap = await reading();
      console.log(`  after ${Math.min(done + EVERY, ACTIONS_N)} actions: ${line(heap)}`);
      // Each window's own growth: a step in the heap is seen in the window it happened in, not averaged over the run.
      if (diff)
        console.log(
          heapGrowth(previous.summary, heap.summary, 8)
            .map((l) => `      ${l}`)
            .join('\n'),
        );
    }
    const growth = (heap.used - base.used) / base.used;
    const objects = (heap.used - heap.code - (base.used - base.code)) / (base.used - base.code);
    console.log(`\n${ACTIONS_N} actions in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    console.log(
      `  ${growth <= BUDGET ? 'PASS' : 'FAIL'}  JS heap after GC grew ${(growth * 100).toFixed(1)} % over ${ACTIONS_N} actions (${mb(base.used)} → ${mb(heap.used)}; budget ≤ 5 %)`,
    );
    console.log(
      `  ${objects <= BUDGET ? 'PASS' : 'FAIL'}  without compiled code it grew ${(objects * 100).toFixed(1)} % (${mb(base.used - base.code)} → ${mb(heap.used - heap.code)})`,
    );
    if (diff)
      console.log(
        `\nWhat grew over the run (heap snapshots after GC, by constructor):\n${heapGrowth(base.summary, heap.summary).join('\n')}`,
      );
    if (errors.length) console.log(`\nConsole errors during the run (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error('The heap benchmark could not run:', err);
  process.exit(1);
});
