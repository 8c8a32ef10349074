/**
 * Measures the map's responsiveness in the production build, on this machine's headless Chromium
 * (SwiftShader WebGL): load to first idle, and a filter click to the next idle (the recolour and
 * arcs go through feature-state). Prints medians; asserts nothing, as timings vary with load.
 *
 *   npx vite build && E2E_PORT=4175 npx tsx e2e/bench/map-timings.ts [runs]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4174);
const RUNS = Number(process.argv[2] ?? 7);
const BASE = `http://127.0.0.1:${PORT}/`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) =>
  `median ${Math.round(median(xs))} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}, n=${xs.length})`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server on ${BASE}`);
}

// The vite binary itself (not npx), so that killing it stops the server.
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    await page.goto(BASE);
    await page.waitForFunction(() => window.__mapIdle !== undefined, undefined, { timeout: 60_000 });
    loads.push(Date.now() - start);
  }
  const checkbox = page.getByRole('group', { name: 'Agreement types' }).getByRole('checkbox', { name: /Free trade agreement/ });
  const clicks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.waitForTimeout(300); // let the previous frame settle so runs do not overlap
    const since = await page.evaluate(() => window.__mapIdle ?? 0);
    const start = await page.evaluate(() => performance.now());
    await checkbox.click();
    await page.waitForFunction((t) => (window.__mapIdle ?? 0) > t, since, { timeout: 30_000 });
    clicks.push((await page.evaluate(() => window.__mapIdle!)) - start);
  }
  console.log(`load to first idle:        ${fmt(loads)}`);
  console.log(`filter click to map idle:  ${fmt(clicks)}`);
  await browser.close();
} finally {
  server.kill();
}
