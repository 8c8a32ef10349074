/**
 * One benchmark run in a fresh browser context (empty cache): load to first map idle, bytes sent
 * before it, JS heap after load, then (for the app) the interactions a user makes. Every duration
 * is measured inside the page, from the input event's timeStamp to the map's idle event (or to the
 * frame that shows the panel heading), so Playwright's own round trips are not counted.
 */
import type { Browser, Page } from '@playwright/test';
import { type InteractionTimes, measureInteractions } from './interactions';
import { INSTRUMENT_PAGE, heapAfterGc, settle } from './page-instrumentation';
import { FEEL_INSTRUMENTATION } from './feel-instrumentation';
import { FIRST_SECONDS, type FeelResults, type Interaction, measureFeel, measureFirstSeconds } from './feel';
import type { BenchServer } from './static-server';

export interface RunResult extends InteractionTimes {
  loadMs: number;
  /** The browser's first contentful paint (the app's static shell; the reference's first map frame). */
  fcpMs: number;
  /** Load to the first idle showing partner colours (app only; the reference has none to apply). */
  colouredMs: number | null;
  /** Load to the first idle with every layer (the app adds arcs, labels and office markers after its first idle). */
  completeMs: number | null;
  bytes: number;
  bytesByPath: Map<string, number>;
  heapBytes: number;
  mapSize: { width: number; height: number };
  problems: string[];
  /** Speed as felt, per interaction (app only). */
  feel: FeelResults;
  /**
   * Reference only: MapLibre's own globe switch on the bare page, to Globe then back to Flat, each
   * from setProjection to the next idle: the floor under the app's figure on this machine.
   */
  referenceGlobeMs: number[];
}

const VIEWPORT = { width: 1440, height: 1000 };

export async function measureRun(browser: Browser, server: BenchServer, url: string, opts: { interactions: boolean }): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INSTRUMENT_PAGE });
  await context.addInitScript({ content: FEEL_INSTRUMENTATION });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()}`)));
  page.on(
    'request',
    (r) => void (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url()) && problems.push(`foreign request: ${r.url()}`)),
  );
  // When each request started, in the page's clock (epoch ms): from the browser's timing once it
  // finished, else when Playwright saw it (a little later than its start).
  const starts = new Map<string, number>();
  page.on('request', (r) => void (starts.has(new URL(r.url()).pathname) || starts.set(new URL(r.url()).pathname, Date.now())));
  page.on('requestfinished', (r) => {
    const start = r.timing().startTime;
    const path = new URL(r.url()).pathname;
    if (start > 0 && start < (starts.get(path) ?? Infinity)) starts.set(path, start);
  });
  // BENCH_FEEL="type filter,year step" narrows the feel part to those interactions (all by default).
  const only = process.env.BENCH_FEEL?.split(',').map((w) => w.trim()) as Interaction[] | undefined;
  try {
    server.resetCounts();
    await page.goto(url);
    await page.waitForFunction(() => (window.__benchIdles?.length ?? 0) > 0, undefined, { timeout: 60_000 });
    const loadMs = await page.evaluate(() => window.__benchIdles![0]);
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const bytesByPath = await sentBeforeIdle(page, server, loadMs, starts);
    const mapSize = await page.locator('canvas.maplibregl-canvas').evaluate((c) => ({ width: c.clientWidth, height: c.clientHeight }));

    const result: RunResult = {
      loadMs,
      fcpMs,
      colouredMs: null,
      completeMs: null,
      bytes: [...bytesByPath.values()].reduce((a, b) => a + b, 0),
      bytesByPath,
      heapBytes: 0,
      mapSize,
      filterMs: [],
      selectMs: [],
      yearMs: null,
      problems,
      feel: {},
      referenceGlobeMs: [],
    };
    if (opts.interactions) {
      await page.locator('.app[data-ready="true"]').waitFor({ timeout: 60_000 });
      const coloured = await page.waitForFunction(() => window.__benchColouredIdle ?? null, undefined, { timeout: 60_000 });
      result.colouredMs = await coloured.jsonValue();
      const complete = await page.waitForFunction(() => window.__mapComplete ?? null, undefined, { timeout: 60_000 });
      result.completeMs = await complete.jsonValue();
      if (!only || only.includes(FIRST_SECONDS)) result.feel = await measureFirstSeconds(page);
      await settle(page);
    }
    result.heapBytes = await heapAfterGc(page);
    if (opts.interactions) {
      await measureInteractions(page, result, problems);
      result.feel = { ...result.feel, ...(await measureFeel(page, problems, { only })) };
    } else if (!only || only.includes('globe switch')) result.referenceGlobeMs = await referenceGlobeSwitch(page);
    return result;
  } finally {
    await context.close();
  }
}

/** The bare page's globe switch, there and back, each timed from setProjection to the idle after it. */
async function referenceGlobeSwitch(page: Page): Promise<number[]> {
  await settle(page, 'reference');
  const times: number[] = [];
  for (const type of ['globe', 'mercator'] as const) {
    const since = await page.evaluate((projection) => {
      const start = performance.now();
      window.__referenceMap!.setProjection({ type: projection });
      return start;
    }, type);
    await page.waitForFunction((t) => window.__benchIdles!.some((i) => i > t), since);
    times.push(await page.evaluate((t) => window.__benchIdles!.find((i) => i > t)! - t, since));
    await settle(page, 'reference');
  }
  return times;
}

/**
 * Bytes the server sent for requests the page started before its first idle. The server's own
 * count runs until the bench notices the idle, by which time the app may have asked for what it
 * loads after it (charts, the label font): the page's resource timings say which requests started
 * later, and the requests Playwright saw say it for those still under way (a resource timing is
 * only written when its response is complete). Requests neither knows of (the reference's
 * geometry, fetched by the map's worker) count.
 */
async function sentBeforeIdle(page: Page, server: BenchServer, idle: number, starts: Map<string, number>): Promise<Map<string, number>> {
  const { startedAfter, idleAt } = await page.evaluate(
    (t) => ({
      startedAfter: performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime > t)
        .map((e) => new URL(e.name).pathname),
      idleAt: performance.timeOrigin + t,
    }),
    idle,
  );
  const later = new Set([...startedAfter, ...[...starts].filter(([, start]) => start > idleAt).map(([path]) => path)]);
  return new Map([...server.sent].filter(([path]) => !later.has(path)));
}
