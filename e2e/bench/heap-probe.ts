/**
 * `npm run bench:heap-probe -- <action…>`: what one user action, repeated, leaves in the heap.
 * For each action (a round trip back to the same state: a type toggled twice, a year step and back,
 * English → Chinese → English, a panel opened and closed, Table and back to Map), the page does it
 * PROBE_WARM times, takes a heap snapshot after GC, does it PROBE_REPEATS more times, takes another,
 * and prints what was allocated in between and survived, by constructor, with a retainer path
 * for the largest groups. Counts and retained sizes, not timings: a busy machine does not change them.
 * Reads dist/ as built (run `npm run build` first). Env: PROBE_REPEATS (20), PROBE_WARM (3), BENCH_PORT (4185),
 * PROBE_OWNERS (kinds of object, comma-separated, to group by who holds them: see `ownersGrowth`).
 */
import { chromium, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/chromium';
import { ACTIONS, WEIGHTS, backToDefault, dice, seededRandom, settle } from '../support/random-use';
import { screenPoint } from '../support/atlas-driver';
import { newObjects, ownersGrowth, takeSnapshot } from './heap-retainers';
import { heapAfterGc } from './page-instrumentation';
import { startStaticServer } from './static-server';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPEATS = Number(process.env.PROBE_REPEATS ?? 20);
const WARM = Number(process.env.PROBE_WARM ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4185);
// PROBE_OWNERS="native system / JSArrayBufferData,Int32Array": those kinds grouped by who holds them.
const OWNERS = process.env.PROBE_OWNERS?.split(',').filter(Boolean) ?? [];

const language = (lang: string) => async (page: Page) => {
  await page.locator('.lang-switch select').selectOption(lang);
  await settle(page);
};

const d = dice(seededRandom(Number(process.env.HEAP_SEED ?? 7)));
const weighted = Object.entries(WEIGHTS).flatMap(([name, w]) => Array<string>(w).fill(name));

/** Each one a round trip: the page ends where it started, so whatever it keeps is retained. */
export const PROBES: Record<string, (page: Page) => Promise<void>> = {
  async type(page) {
    const box = page.locator('.controls .filter-option input[type=checkbox]').first();
    for (let i = 0; i < 2; i++) {
      await box.click();
      await settle(page);
    }
  },
  async year(page) {
    const slider = page.locator('#time-bar input[type=range]');
    for (const key of ['ArrowLeft', 'ArrowRight']) {
      await slider.focus();
      await slider.press(key);
      await settle(page);
    }
  },
  async language(page) {
    await language('zh-HK')(page);
    await language('en')(page);
  },
  async panel(page) {
    const { x, y } = await screenPoint(page, 122, -26);
    await page.mouse.click(x, y);
    await page.locator('#partner-title').first().waitFor();
    await settle(page);
    await page.keyboard.press('Escape');
    await page.locator('#partner-title').first().waitFor({ state: 'detached' });
    await settle(page);
  },
  /** 25 of the random-use test's seeded actions, then back to the default view. */
  async random(page) {
    for (let done = 0; done < 25;) {
      if ((await ACTIONS[d.pick(weighted)]!(page, d)) === false) continue;
      done++;
      await settle(page);
    }
    await backToDefault(page);
  },
  async view(page) {
    const views = page.locator('nav.views button');
    await views.nth(1).click();
    await settle(page);
    await views.nth(0).click();
    await page.waitForFunction(
      () =>
        window.__mapComplete !== undefined &&
        !!window.__atlasMap?.getCanvas().isConnected &&
        !!window.__atlasMap.getLayer('economy-labels'),
    );
    await settle(page);
  },
};

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => a in PROBES);
  const chosen = names.length ? names : Object.keys(PROBES).filter((n) => n !== 'random');
  const server = await startStaticServer(PORT, [{ prefix: '/', dir: join(ROOT, 'dist') }]);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  try {
    for (const name of chosen) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.__mapComplete !== undefined, undefined, { timeout: 60_000 });
      await settle(page);
      const probe = PROBES[name]!;
      for (let i = 0; i < WARM; i++) await probe(page);
      const heap0 = await heapAfterGc(page);
      const before = await takeSnapshot(page);
      for (let i = 0; i < REPEATS; i++) await probe(page);
      const heap1 = await heapAfterGc(page);
      const after = await takeSnapshot(page);
      const perRepeat = (heap1 - heap0) / REPEATS / 1000;
      console.log(
        `\n${name}: ${REPEATS} repeats, heap after GC ${(heap0 / 1e6).toFixed(2)} → ${(heap1 / 1e6).toFixed(2)} MB (${perRepeat.toFixed(1)} kB a repeat)`,
      );
      console.log(newObjects(before, after).join('\n'));
      if (OWNERS.length) console.log(`by owner:\n${ownersGrowth(before, after, OWNERS).join('\n')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error('The heap probe could not run:', err);
  process.exit(1);
});
