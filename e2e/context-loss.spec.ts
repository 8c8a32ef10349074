/**
 * A lost WebGL context (GPU reset, memory pressure), simulated with WEBGL_lose_context: while it
 * is lost the map says it is being restored; once the browser gives it back, every colour, arc and
 * outline is drawn again, and later filter changes keep the whole map right, not only what changed.
 */
import type { Page } from '@playwright/test';
import {
  arcShown,
  arcState,
  expect,
  featureState,
  lastIdle,
  loseWebGLContext,
  openAt,
  restoreWebGLContext,
  screenPoint,
  test,
  toggleTieType,
  waitForIdleAfter,
} from './support/atlas-driver';
import { pixelsAt, type Rgb } from './support/pixels';

declare global {
  interface Window {
    __loseContext?: WEBGL_lose_context;
  }
}

/** Inland points of economies in each standing (in force, several types, none), away from borders and labels. */
const PLACES: Record<string, [number, number]> = {
  AU: [122, -26],
  NZ: [170.5, -44.5],
  US: [-104, 39],
  BR: [-47, -9],
  RU: [95, 63],
  CH: [8.3, 46.7],
};

interface MapReading {
  economies: Record<string, Record<string, unknown>>;
  arcs: Record<string, Record<string, unknown>>;
  colours: Record<string, Rgb>;
}

async function readMap(page: Page): Promise<MapReading> {
  const reading: MapReading = { economies: {}, arcs: {}, colours: {} };
  const points = [];
  for (const [iso2, [lon, lat]] of Object.entries(PLACES)) {
    reading.economies[iso2] = await featureState(page, iso2);
    reading.arcs[iso2] = await arcState(page, iso2);
    points.push(await screenPoint(page, lon, lat));
  }
  const colours = await pixelsAt(page, points);
  Object.keys(PLACES).forEach((iso2, i) => (reading.colours[iso2] = colours[i]!));
  return reading;
}

const restoring = (page: Page) => page.getByRole('status').filter({ hasText: 'Restoring the map…' });

async function loseAndRestore(page: Page): Promise<void> {
  await loseWebGLContext(page);
  await expect(restoring(page)).toBeVisible();
  const since = await lastIdle(page);
  await restoreWebGLContext(page);
  await expect(restoring(page)).toHaveCount(0);
  await waitForIdleAfter(page, since);
}

test('after a lost WebGL context the map says it is restoring, then shows every colour and arc again', async ({ page }) => {
  await openAt(page, '?types=fta,ippa,cdta,aeo_mra');
  const before = await readMap(page);
  // The reading is meaningful: economies are coloured, and arcs drawn, before the loss.
  expect(before.economies.AU).toHaveProperty('standing', 'in_force');
  expect(before.arcs.AU).toHaveProperty('standing', 'in_force');
  expect(new Set(Object.values(before.colours).map(String)).size).toBeGreaterThan(2);

  await loseAndRestore(page);
  // The restored style reloads its tiles in the worker: polled until drawn, or the test fails.
  await expect.poll(() => readMap(page), { timeout: 20_000 }).toEqual(before);

  // A filter change after the restore leaves the whole map as a fresh load of the same address draws it.
  await toggleTieType(page, /Investment promotion/);
  await toggleTieType(page, /Comprehensive double taxation/);
  // (Feature-state written as a change reads {standing: 'none'} where a fresh load never wrote it: compare what is drawn.)
  const drawn = async () => {
    const { colours } = await readMap(page);
    const arcs = Object.fromEntries(await Promise.all(Object.keys(PLACES).map(async (iso2) => [iso2, await arcShown(page, iso2)])));
    return { colours, arcs };
  };
  const afterChange = await drawn();
  expect(afterChange.arcs.AU).toBe(true);
  await openAt(page, new URL(page.url()).search);
  expect(await drawn()).toEqual(afterChange);
});
