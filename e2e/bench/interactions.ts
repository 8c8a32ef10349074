/**
 * The app interactions the benchmark times, each from its input event's timeStamp to the map's
 * idle event (or to the first frame showing the panel heading), all in the page's clock.
 */
import type { Page } from '@playwright/test';
import { settle } from './page-instrumentation';

export interface InteractionTimes {
  filterMs: number[];
  selectMs: number[];
  /** null when the app has no year control yet. */
  yearMs: number[] | null;
}

const INTERACTION_TIMEOUT = 20_000;

/** Performs `act` and returns ms from its input event to the first map idle after it. */
async function inputToIdle(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => void (window.__benchMark = 0));
  await act();
  const handle = await page.waitForFunction(
    () => {
      const mark = window.__benchMark;
      const idle = mark ? window.__benchIdles!.find((t) => t > mark) : undefined;
      return idle === undefined ? null : { ms: idle - mark! };
    },
    undefined,
    { timeout: INTERACTION_TIMEOUT },
  );
  return (await handle.jsonValue())!.ms;
}

/**
 * Performs `act` and returns ms from its input event to the first frame showing a heading `name`.
 * The page watches for the heading itself (a MutationObserver, then the next animation frame), set
 * up before the input: polling from Playwright would add its own round trip to the figure.
 */
async function inputToHeading(page: Page, act: () => Promise<void>, name: string): Promise<number> {
  await page.evaluate((text) => {
    window.__benchMark = 0;
    window.__benchShown = undefined;
    // No named inner functions: tsx would wrap them in a `__name` helper the page does not have.
    const observer = new MutationObserver(() => {
      if (!window.__benchMark) return;
      if (![...document.querySelectorAll('h1, h2, h3, [role="heading"]')].some((h) => h.textContent?.trim() === text)) return;
      observer.disconnect();
      requestAnimationFrame(() => void (window.__benchShown = performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, name);
  await act();
  const handle = await page.waitForFunction(
    () => (window.__benchShown ? { ms: window.__benchShown - window.__benchMark! } : null),
    undefined,
    {
      timeout: INTERACTION_TIMEOUT,
    },
  );
  const ms = (await handle.jsonValue())!.ms;
  await settle(page);
  return ms;
}

export async function measureInteractions(page: Page, result: InteractionTimes, problems: string[]): Promise<void> {
  const attempt = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      problems.push(`${what}: ${(err as Error).message.split('\n')[0]}`);
    }
  };

  await attempt('filter toggle', async () => {
    const box = page.getByRole('group', { name: 'Agreement types' }).getByRole('checkbox').first();
    result.filterMs.push(await inputToIdle(page, () => box.uncheck()));
    result.filterMs.push(await inputToIdle(page, () => box.check()));
  });

  await attempt('economy selection', async () => {
    // Type into the search box, then time from the Enter that chooses the economy to its panel.
    const search = page.getByRole('combobox', { name: 'Find an economy' });
    for (const name of ['New Zealand', 'Australia']) {
      await search.fill(name);
      await page
        .getByRole('option', { name: new RegExp(`^${name}`) })
        .first()
        .waitFor();
      result.selectMs.push(await inputToHeading(page, () => search.press('Enter'), name));
    }
    await page.keyboard.press('Escape');
    await settle(page);
  });

  const year = page
    .getByRole('slider', { name: /year/i })
    .or(page.getByLabel('Year', { exact: true }))
    .first();
  if ((await year.count()) === 0) return;
  result.yearMs = [];
  await attempt('year step', async () => {
    // Step between 2010 and 2011, when New Zealand's FTA and CDTA entered into force, so each step
    // changes the map (a step that changes nothing draws no frame and so ends in no idle).
    await year.focus();
    await year.press('Home');
    for (let i = 0; i < 2010 - 1997; i++) await year.press('ArrowRight');
    await settle(page);
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      await year.focus();
      result.yearMs!.push(await inputToIdle(page, () => year.press(key)));
    }
  });
}
