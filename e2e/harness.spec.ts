/**
 * The browser the tests drive runs the app alone: no page of the browser's own interface beside it,
 * taking CPU from the app's load (e2e/support/chromium.ts says why), and Playwright's own settings kept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PLAYWRIGHT_DISABLED_FEATURES } from './support/chromium';
import { expect, openAt, test } from './support/atlas-driver';

/** The features Playwright turns off itself, read from the installed Playwright. */
function playwrightsDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
  const list = bundle.match(/disabledFeatures = \[([^\]]*)\]/);
  expect(list, "Playwright's list of disabled features, in playwright-core/lib/coreBundle.js").not.toBeNull();
  return [...list![1]!.matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]!);
}

test("the app's page is the browser's only page: none of the address bar's own", async ({ page, browser }) => {
  await openAt(page);
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const ownPages = targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => `${t.type} ${t.url}`);
  expect(ownPages).toEqual([]);
  await session.detach();
});

test('ours repeats every feature Playwright turns off, since Chromium keeps only the last list', () => {
  const theirs = playwrightsDisabledFeatures();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((f) => !PLAYWRIGHT_DISABLED_FEATURES.includes(f))).toEqual([]);
});
