/**
 * A user's actions for the seeded random-use test, written against the page's structure rather
 * than its words, so they work in every language the run switches to. Each action returns false
 * when it does not apply to what is on screen (e.g. a filter while About is open).
 */
import type { Page } from '@playwright/test';
import { screenPoint } from './atlas-driver';

// The same seeded generator as the URL fuzz, so a failing run can be replayed with its seed.
export { seededRandom } from '../../src/testing/hostile-queries';

export interface Dice {
  pick<T>(items: readonly T[]): T;
  int(n: number): number;
}

export const dice = (random: () => number): Dice => ({
  int: (n) => Math.floor(random() * n),
  pick: (items) => items[Math.floor(random() * items.length)]!,
});

/** Inland points of economies of every kind (many ties, few, none), clicked on the map. */
const PLACES: [number, number][] = [
  [122, -26],
  [170.5, -44.5],
  [-104, 39],
  [-47, -9],
  [95, 63],
  [8.3, 46.7],
  [2.5, 46.5],
  [138.5, 36.2],
  [78, 22],
  [-64, -34],
  [24, -29],
  [10.5, 51],
  [-3.7, 40.3],
  [44.5, 24],
  [102, 15.5],
  [114.2, 22.35],
  [127.8, 36.4],
  [-100, 57],
];
const SEARCHES = ['NZ', 'SG', 'CH', 'Japan', 'Thai', 'AU', 'Chile', 'GE', 'MO', 'HK', 'zzz', 'Korea'];

// isVisible answers at once, false when nothing matches.
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

type Action = (page: Page, d: Dice) => Promise<string | false>;

async function clickRandom(page: Page, d: Dice, selector: string): Promise<number | false> {
  const n = await page.locator(selector).count();
  if (!n) return false;
  const i = d.int(n);
  const target = page.locator(selector).nth(i);
  if (!(await target.isVisible()) || (await target.isDisabled())) return false;
  await target.click();
  return i;
}

async function chooseRandomOption(page: Page, d: Dice, selector: string): Promise<string | false> {
  const selects = page.locator(selector);
  const n = await selects.count();
  if (!n) return false;
  const select = selects.nth(d.int(n));
  if (!(await select.isVisible())) return false;
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const value = d.pick(values);
  await select.selectOption(value);
  return value;
}

export const ACTIONS: Record<string, Action> = {
  async typeCheckbox(page, d) {
    const i = await clickRandom(page, d, '.controls .filter-option input[type=checkbox]');
    return i !== false && `checkbox #${i}`;
  },
  async rule(page, d) {
    const v = await chooseRandomOption(page, d, '.controls select:not(.filter-field select)');
    return v !== false && `rule ${v}`;
  },
  async region(page, d) {
    const v = await chooseRandomOption(page, d, '.controls .filter-field select');
    return v !== false && `region ${v || 'all'}`;
  },
  async basis(page, d) {
    const i = await clickRandom(page, d, '#time-bar .basis input[type=radio]');
    return i !== false && `basis #${i}`;
  },
  async slider(page, d) {
    const slider = page.locator('#time-bar input[type=range]');
    if (!(await visible(page, '#time-bar input[type=range]'))) return false;
    const key = d.pick(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageDown']);
    await slider.focus();
    await slider.press(key);
    return `slider ${key}`;
  },
  async play(page) {
    const play = page.locator('#time-bar button.play');
    if (!(await visible(page, '#time-bar button.play'))) return false;
    await play.click();
    return `play → ${await play.getAttribute('aria-pressed')}`;
  },
  async backToToday(page) {
    if (!(await visible(page, '#time-bar .link-button'))) return false;
    await page.locator('#time-bar .link-button').click();
    return 'back to today';
  },
  async search(page, d) {
    // The economy search above the filters (the compare view has a search of its own).
    if (!(await visible(page, '.controls input[role=combobox]'))) return false;
    const query = d.pick(SEARCHES);
    const input = page.locator('.controls input[role=combobox]');
    await input.fill(query);
    await input.press(d.pick(['Enter', 'ArrowDown', 'Escape']));
    if (await input.getAttribute('aria-expanded').then((e) => e === 'true')) await input.press('Enter');
    return `search ${query}`;
  },
  async clickMap(page, d) {
    if (!(await visible(page, '.maplibregl-canvas')) || !(await page.evaluate(() => !!window.__atlasMap?.getCanvas().isConnected)))
      return false;
    const [lon, lat] = d.pick(PLACES);
    const { x, y } = await screenPoint(page, lon, lat);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    if (x < box.x + 60 || y < box.y + 60 || x > box.x + box.width - 10 || y > box.y + box.height - 10) return false;
    await page.mouse.click(x, y);
    return `map ${lon},${lat}`;
  },
  async panel(page, d) {
    const i = await clickRandom(page, d, '.panel button');
    return i !== false && `panel button #${i}`;
  },
  async mapOption(page, d) {
    const i = await clickRandom(page, d, '.map-toolbar input, .map-toolbar button');
    return i !== false && `map option #${i}`;
  },
  async chart(page, d) {
    const i = await clickRandom(page, d, '.charts .chart-controls input, .charts table.missions button');
    return i !== false && `chart control #${i}`;
  },
  async view(page, d) {
    const i = await clickRandom(page, d, 'nav.views button');
    return i !== false && `view #${i}`;
  },
  async language(page, d) {
    const v = await chooseRandomOption(page, d, '.lang-switch select');
    return v !== false && `language ${v}`;
  },
  async reset(page) {
    if (!(await visible(page, '.filter-actions button'))) return false;
    await page.locator('.filter-actions button').first().click();
    return 'reset all';
  },
  async back(page) {
    await page.goBack();
    if (!page.url().startsWith('http')) {
      await page.goForward();
      return 'back (at the start: forward again)';
    }
    return 'back';
  },
  async forward(page) {
    await page.goForward();
    return 'forward';
  },
};

/** Weighted: filters and the map are what readers use most. */
export const WEIGHTS: Record<keyof typeof ACTIONS, number> = {
  typeCheckbox: 6,
  rule: 3,
  region: 3,
  basis: 2,
  slider: 5,
  play: 2,
  backToToday: 1,
  search: 4,
  clickMap: 5,
  panel: 3,
  mapOption: 2,
  chart: 2,
  view: 3,
  language: 2,
  reset: 1,
  back: 3,
  forward: 2,
};

/**
 * Waits until the app shows a settled state: data in, no pending map work, a frame drawn after it.
 * One round trip: the page checks the app's flags every frame itself, instead of the test asking
 * for each in turn (at a few hundred actions, the round trips were a good part of the run).
 */
export async function settle(page: Page): Promise<void> {
  // No named functions inside: the heap benches run this file under tsx, which wraps each in a
  // `__name` helper the page does not have.
  const settled = async () => {
    // As long as the two waits this replaces allowed together (30 s for the data, 30 s for the map).
    const deadline = performance.now() + 60_000;
    for (;;) {
      const map = window.__atlasMap;
      // Data in, and the screen of the view last pressed shown (not the one it replaces).
      const appReady = !!document.querySelector('.app[data-ready="true"]:not([data-view-pending])');
      if (appReady && (!map || !map.getCanvas().isConnected || (map.loaded() && !map.isMoving()))) break;
      if (performance.now() > deadline) throw new Error('the app did not settle within 60 s');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  };
  try {
    await page.evaluate(settled);
  } catch (error) {
    // A Back or Forward that left the app and came back loads a new document: wait in that one.
    if (!String(error).includes('Execution context was destroyed')) throw error;
    await page.waitForLoadState();
    await page.evaluate(settled);
  }
}

/**
 * The default view again, as the heap benches read it: nothing playing, `/` reached as Back would,
 * the world in view, and the same screen every time, so that two readings differ only by what is
 * retained.
 */
export async function backToDefault(page: Page): Promise<void> {
  const playing = page.locator('#time-bar button.play[aria-pressed="true"]');
  if (await playing.count()) await playing.click();
  await page.evaluate(() => {
    window.history.pushState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.waitForFunction(() => !!window.__atlasMap?.getCanvas().isConnected);
  await settle(page);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await settle(page);
  // The search's text and its list of matches are the box's own state, not in the address.
  const search = page.locator('.controls input[role=combobox]');
  await search.fill('');
  await search.press('Escape');
  // A chart off screen keeps the drawing of the last state it was near (ChartBody): without this,
  // one reading held charts of 170 more elements than the next, for the same address.
  for (const chart of await page.locator('.chart-body').all()) {
    await chart.scrollIntoViewIfNeeded();
    await settle(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
}
