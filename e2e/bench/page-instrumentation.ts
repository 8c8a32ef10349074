/**
 * What the benchmark adds to every page before its own scripts run, and the waits built on it:
 * timestamps of every map idle and of the latest input event, read back in the page's own clock.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Every value the page assigned to __mapIdle, in order (recorded by the bench's init script). */
    __benchIdles?: number[];
    /**
     * The app's first idle with partner colours applied (feature-state set on New Zealand, which has
     * ties in force in the default view): the app's first idle can still show a grey map.
     */
    __benchColouredIdle?: number;
    /** timeStamp of the first input event (click, input, change, keydown) since the bench reset it. */
    __benchMark?: number;
    /** The frame after a watched heading appeared (set by the economy-selection measure). */
    __benchShown?: number;
    /** The reference page's map (e2e/bench/reference/main.ts), for the floor of the globe switch. */
    __referenceMap?: import('maplibre-gl').Map;
  }
}

/**
 * Runs before any page script: records each idle timestamp and the first input event after a reset.
 * A string, not a function: tsx wraps functions in a `__name` helper that does not exist in the page.
 */
export const INSTRUMENT_PAGE = `
  const idles = [];
  let last;
  Object.defineProperty(window, '__mapIdle', {
    configurable: true,
    get() { return last; },
    set(value) {
      last = value;
      idles.push(value);
      if (window.__benchColouredIdle === undefined && window.__atlasMap) {
        try {
          // Tiles name their layer; a build before them (BENCH_BEFORE) drew the GeoJSON, which has none.
          const map = window.__atlasMap;
          const tiled = map.getSource('economies')?.type === 'vector';
          const state = map.getFeatureState({ source: 'economies', ...(tiled ? { sourceLayer: 'economies' } : {}), id: 'NZ' });
          if (Object.keys(state).length > 0) window.__benchColouredIdle = value;
        } catch (e) { /* source not there yet */ }
      }
    },
  });
  window.__benchIdles = idles;
  window.__benchMark = 0;
  for (const type of ['click', 'input', 'change', 'keydown']) {
    document.addEventListener(type, (e) => { if (!window.__benchMark) window.__benchMark = e.timeStamp; }, true);
  }
`;

/** Main-thread JS heap in use after a full garbage collection (map workers not included). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Waits until the map (the app's, or the reference page's) has gone idle after its latest render
 * request (colours applied after load).
 */
export async function settle(page: Page, which: 'app' | 'reference' = 'app'): Promise<void> {
  await page.waitForFunction((w) => {
    const map = w === 'app' ? window.__atlasMap : window.__referenceMap;
    return !!map && map.loaded() && !map.isMoving() && (window.__benchIdles?.length ?? 0) > 0;
  }, which);
  // A render may already be scheduled (e.g. feature-state written on load): trigger one and wait for its idle.
  const since = await page.evaluate((w) => {
    (w === 'app' ? window.__atlasMap : window.__referenceMap)!.triggerRepaint();
    return performance.now();
  }, which);
  await page.waitForFunction((t) => window.__benchIdles!.some((i) => i > t), since);
}
