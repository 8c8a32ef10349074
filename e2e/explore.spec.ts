import type { Iso2 } from '../src/domain/primitives';
import type { Tie as T } from '../src/domain/records';
import { publishedAtlas } from '../src/testing/published-data';
import {
  economyTableRows,
  expect,
  featureState,
  lastIdle,
  openAt,
  openView,
  test,
  tieRows,
  waitForIdleAfter,
  yearShown,
} from './support/atlas-driver';
import { download, unzip } from './support/exports';

const atlas = publishedAtlas();
const live = (t: T) => t.status !== 'terminated' && t.status !== 'superseded';
const hasType = (p: string, type: string) => atlas.ties.some((t) => t.partner === p && t.tieType === type && live(t));
const core = ['fta', 'ippa', 'cdta', 'aeo_mra'];
/** Partners with a tie of a shown (core) type that satisfy `pred`: the oracle the app's count must match. */
const partnersWith = (pred: (p: Iso2) => boolean): Iso2[] =>
  [...new Set(atlas.ties.filter((t) => core.includes(t.tieType)).map((t) => t.partner))].filter(pred);

const matchCount = (page: import('@playwright/test').Page) => page.getByTestId('match-count').locator('strong');

test.describe('exploring the network', () => {
  test('set logic: has a CDTA but no IPPA, in two clicks', async ({ page }) => {
    await openAt(page);
    const expected = partnersWith((p) => hasType(p, 'cdta') && !hasType(p, 'ippa'));
    await page.getByLabel('Economies: CDTA').selectOption('must');
    await page.getByLabel('Economies: IPPA').selectOption('not');
    await expect(matchCount(page)).toHaveText(String(expected.length));
    await expect(page).toHaveURL(/must=cdta&not=ippa/);
  });

  test('Belt and Road partners only, then with no FTA', async ({ page }) => {
    await openAt(page);
    const bri = new Set(atlas.beltAndRoad.map((b) => b.partner));
    await page.getByLabel('Belt and Road partners only').check();
    await expect(matchCount(page)).toHaveText(String(partnersWith((p) => bri.has(p)).length));
    await page.getByLabel('Economies: FTA').selectOption('not');
    await expect(matchCount(page)).toHaveText(String(partnersWith((p) => bri.has(p) && !hasType(p, 'fta')).length));
  });

  test('region, status and office filters change the map and the count; Reset all restores', async ({ page }) => {
    await openAt(page);
    const total = await matchCount(page).textContent();
    let since = await lastIdle(page);
    await page.getByLabel('Region').selectOption('Europe');
    await waitForIdleAfter(page, since);
    expect(await featureState(page, 'NZ')).toMatchObject({ standing: 'none' });
    expect(await featureState(page, 'FR')).toMatchObject({ standing: 'in_force' });
    await page.getByLabel('Covered by a Hong Kong office').check();
    const withOffice = Number(await matchCount(page).textContent());
    expect(withOffice).toBeLessThan(Number(total));
    since = await lastIdle(page);
    await page.getByRole('group', { name: 'Status' }).getByLabel('In force', { exact: true }).uncheck();
    await waitForIdleAfter(page, since);
    expect(await featureState(page, 'FR')).not.toMatchObject({ standing: 'in_force' });
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(matchCount(page)).toHaveText(total!);
    await expect(page).toHaveURL(/\/$/);
  });

  test('year slider shows the network as it stood, and Play steps through the years', async ({ page }) => {
    await openAt(page);
    const slider = page.getByRole('slider', { name: 'Year', exact: true });
    const since = await lastIdle(page);
    await slider.focus();
    await page.keyboard.press('Home'); // 1997
    await expect(yearShown(page)).toHaveText('1997');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(yearShown(page)).toHaveText('2005');
    await expect(page).toHaveURL(/year=2005/);
    await waitForIdleAfter(page, since);
    // New Zealand's FTA and CDTA entered into force in 2011: in 2005 it had no tie in force.
    expect(await featureState(page, 'NZ')).not.toMatchObject({ standing: 'in_force' });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(yearShown(page)).toHaveText('2006', { timeout: 5000 });
    await expect(yearShown(page)).toHaveText('2007', { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Back to today' }).click();
    await expect(yearShown(page)).toHaveText('Today');
    // The map's colours follow a frame after the control's (use-feature-states.ts).
    await expect.poll(() => featureState(page, 'NZ')).toMatchObject({ standing: 'in_force' });
  });

  test('search by keyboard selects an economy', async ({ page }) => {
    await openAt(page);
    const box = page.getByRole('combobox', { name: 'Find an economy' });
    await box.focus();
    await page.keyboard.type('zeal');
    await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option', { name: /New Zealand/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/economy=NZ/);
    await box.focus();
    // "SINGA" finds Singapore first and then the Singapore ETO (offices are searchable): down and back up.
    await page.keyboard.type('SINGA');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Singapore', level: 2 })).toBeVisible();
  });

  test('a deep link restores the view exactly, and back/forward step through changes', async ({ page }) => {
    const link = '?economy=NZ&types=fta,cdta&must=cdta&bri=1&year=2020&basis=signed';
    await openAt(page, link);
    await expect(page).toHaveURL(new RegExp(`\\${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Agreement types' }).getByRole('checkbox', { name: /Investment promotion/ }),
    ).not.toBeChecked();
    await expect(page.getByLabel('Economies: CDTA')).toHaveValue('must');
    await expect(page.getByLabel('Belt and Road partners only')).toBeChecked();
    await expect(yearShown(page)).toHaveText('2020');
    await expect(page.getByRole('radio', { name: 'Signature', exact: true })).toBeChecked();

    await page.getByLabel('Belt and Road partners only').uncheck();
    await expect(page).not.toHaveURL(/bri=1/);
    await page.goBack();
    await expect(page).toHaveURL(/bri=1/);
    await expect(page.getByLabel('Belt and Road partners only')).toBeChecked();
    await page.goForward();
    await expect(page.getByLabel('Belt and Road partners only')).not.toBeChecked();
  });

  test('a malformed URL falls back per parameter', async ({ page }) => {
    await openAt(page, '?economy=NZ&types=fta,bogus&year=abc&must=cdta&not=cdta&region=%3Cscript%3E&view=nope');
    await expect(page.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/\?economy=NZ$/);
    await expect(page.getByRole('group', { name: 'Agreement types' }).getByRole('checkbox', { name: /Free trade/ })).toBeChecked();
  });

  test('the table view lists the matching economies and sorts by each column', async ({ page }) => {
    await openView(page, '?view=table&must=cdta');
    const expected = partnersWith((p) => hasType(p, 'cdta'));
    const rows = economyTableRows(page);
    await expect(rows).toHaveCount(expected.length);
    await expect(matchCount(page)).toHaveText(String(expected.length));
    await page.getByRole('button', { name: /^Ties/ }).click();
    const ties = (await rows.locator('[data-col="ties"]').allTextContents()).map(Number);
    expect(ties).toEqual([...ties].sort((a, b) => b - a));
    await page.getByRole('button', { name: /^Economy/ }).click();
    await page.getByRole('button', { name: /^Economy/ }).click();
    const names = await rows.locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    await rows.filter({ hasText: 'New Zealand' }).getByRole('button').click();
    await expect(page.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/view=table/);
  });

  test('downloads the filtered ties as CSV with the published columns, zipped with the filters that chose them', async ({ page }) => {
    await openAt(page, '?types=fta');
    const files = unzip((await download(page, page.getByRole('button', { name: 'Download filtered ties (CSV + metadata, ZIP)' }))).bytes);
    expect(JSON.parse(files['datapackage.json']).view.filters).toEqual(['Agreement types: FTA', 'Today']);
    const lines = files['hong-kong-ties-filtered.csv'].trim().split('\n');
    expect(lines[0]).toBe(
      'partner_iso2,partner_name,tie_type,agreement_name,bloc,status,signed,in_force,source_url,checked,status_source,signed_source,in_force_source,source_tier,agreement_id,suspended,suspended_source,agreement_name_zh,agreement_name_zh_source',
    );
    expect(lines.length - 1).toBe(atlas.ties.filter((t) => t.tieType === 'fta').length);
    expect(lines.slice(1).every((l) => l.split(',')[2] === 'fta')).toBe(true);
  });
});

test('a long list of ties opens short: twelve, then "Show all" reveals the rest and takes the focus', async ({ page }) => {
  // Eleven copies of New Zealand's ties, each under its own agreement id: more than any partner has today.
  const big = publishedAtlas();
  const nz = big.ties.filter((t) => t.partner === 'NZ');
  for (let copy = 1; copy <= 10; copy++) big.ties.push(...nz.map((t) => ({ ...t, agreementId: `${t.agreementId}-copy${copy}` })));
  await page.route('**/data/atlas.json', (route) => route.fulfill({ json: big }));
  await openAt(page, '?economy=NZ');

  const panel = page.getByRole('region', { name: 'New Zealand' });
  const heading = await panel.getByRole('heading', { name: /^Ties with Hong Kong/ }).textContent();
  const total = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
  expect(total).toBeGreaterThan(12);
  await expect(tieRows(panel)).toHaveCount(12);
  await expect(panel.getByTestId('lifecycle')).toContainText(/\d+ more not drawn, see the list/);

  const showAll = panel.getByRole('button', { name: `Show all ${total} ties` });
  await showAll.click();
  await expect(tieRows(panel)).toHaveCount(total);
  await expect(showAll).toHaveCount(0);
  await expect(tieRows(panel).nth(12)).toBeFocused();

  // Choosing an economy again starts short again.
  const search = page.getByRole('combobox', { name: 'Find an economy' });
  for (const name of ['Australia', 'New Zealand']) {
    await search.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await expect(tieRows(panel)).toHaveCount(12);
});
