import AxeBuilder from '@axe-core/playwright';
import {
  compareDifferences,
  compareRows,
  compareTieLines,
  expect,
  openView,
  test,
  tierMarks,
  waitForAppReady,
} from './support/atlas-driver';
import { MESSAGES } from '../src/i18n/messages';
import { publishedAtlas } from '../src/testing/published-data';
import { download, readPng, readSvg, unzip } from './support/exports';
import { chooseLanguage } from './support/user-actions';

const atlas = publishedAtlas();
const CORE = ['fta', 'ippa', 'cdta', 'aeo_mra'];

/** Where the records put an economy for one tie type: in force, pending, ended or none. */
function standing(iso2: string, type: string): string {
  const ties = atlas.ties.filter((t) => t.partner === iso2 && t.tieType === type);
  if (ties.some((t) => t.status === 'in_force')) return 'in_force';
  if (ties.some((t) => !['terminated', 'superseded'].includes(t.status))) return 'pending';
  return ties.length ? 'ended' : 'none';
}

const compareParam = (url: string) => new URL(url).searchParams.get('compare');

test.describe('compare economies side by side', () => {
  test('compare=AU,NZ,SG restores the comparison in a fresh page, each cell as the records say', async ({ page }) => {
    await openView(page, '?compare=AU,NZ,SG');
    const section = page.getByTestId('compare');
    await expect(section.getByRole('heading', { name: 'Comparing 3 economies' })).toBeVisible();
    const rows = compareRows(section);
    await expect(rows).toHaveCount(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso2')))).toEqual(['AU', 'NZ', 'SG']);
    for (const iso2 of ['AU', 'NZ', 'SG']) {
      for (const type of CORE) {
        await expect(section.locator(`tr[data-iso2="${iso2}"] td[data-type="${type}"]`)).toHaveAttribute(
          'data-standing',
          standing(iso2, type),
        );
      }
    }
    // Every tie shown carries the tier mark of the page stating it.
    const lines = compareTieLines(section);
    const tiesShown = await lines.count();
    expect(tiesShown).toBe(atlas.ties.filter((t) => ['AU', 'NZ', 'SG'].includes(t.partner) && CORE.includes(t.tieType)).length);
    await expect(tierMarks(lines)).toHaveCount(
      await lines.evaluateAll((lis) => lis.reduce((n, li) => n + li.querySelectorAll('a[data-tier]').length, 0)),
    );
    await expect(lines.filter({ hasNot: tierMarks(page) })).toHaveCount(0);
    // The differences in words: Australia and Singapore have no CDTA in the records, New Zealand has one in force.
    expect(standing('AU', 'cdta')).toBe('none');
    expect(standing('SG', 'cdta')).toBe('none');
    const nzSince = atlas.ties.find((t) => t.partner === 'NZ' && t.tieType === 'cdta' && t.status === 'in_force')!.inForce!.slice(0, 4);
    await expect(compareDifferences(section).locator('li[data-type="cdta"]')).toHaveText(
      `Australia and Singapore have no CDTA; New Zealand has had one since ${nzSince}.`,
    );
    // The lifecycles on one shared axis: a lane per economy.
    await expect(section.locator('[data-testid="compare-lifecycles"] g[data-iso2]')).toHaveCount(3);
  });

  test('adds from the panel and the search, keeps the list in the URL, and restores it after a reload', async ({ page }) => {
    await openView(page, '?economy=NZ');
    await page.getByRole('button', { name: 'Add to compare' }).click();
    await expect.poll(() => compareParam(page.url())).toBe('NZ');
    const section = page.getByTestId('compare');
    await expect(section.getByText('Add at least one more economy')).toBeVisible();
    await section.getByRole('combobox', { name: 'Add an economy' }).fill('Singapore');
    await section.getByRole('option', { name: /Singapore/ }).click();
    await expect.poll(() => compareParam(page.url())).toBe('NZ,SG');
    await page.reload();
    await waitForAppReady(page);
    await expect(compareRows(page.getByTestId('compare'))).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'In the comparison: remove' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('adds a grouping in one action, up to six economies, and says who was left out', async ({ page }) => {
    const members = (short: string) =>
      [
        ...(atlas as unknown as { groupings: { short: string; members: string[] }[] }).groupings.find((g) => g.short === short)!.members,
      ].sort();
    await openView(page, '?compare=NZ');
    const section = page.getByTestId('compare');
    await section.getByLabel('Add a grouping').selectOption('EFTA');
    await section.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => compareParam(page.url())).toBe(['NZ', ...members('EFTA')].join(','));
    await section.getByRole('button', { name: 'Clear the comparison' }).click();
    await expect(section).toHaveCount(0);
    expect(compareParam(page.url())).toBeNull();

    await openView(page, '?compare=AU');
    const asean = members('ASEAN');
    expect(asean.length).toBeGreaterThan(5);
    await page.getByTestId('compare').getByLabel('Add a grouping').selectOption('ASEAN');
    await page.getByTestId('compare').getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => compareParam(page.url())).toBe(['AU', ...asean.slice(0, 5)].join(','));
    await expect(page.getByTestId('compare').getByRole('status')).toContainText('not added (at most 6 economies)');
    await expect(page.getByTestId('compare').getByText('The comparison is full (6 economies)')).toBeVisible();
  });

  test('downloads the comparison as CSV (a row per tie, "none" where there is none, zipped with its metadata) and as SVG and PNG images', async ({
    page,
  }) => {
    await openView(page, '?compare=AU,SG');
    const section = page.getByTestId('compare');
    const zip = await download(page, section.getByRole('button', { name: 'Comparison (CSV + metadata, ZIP)' }));
    expect(zip.name).toBe('hong-kong-ties-compare-AU-SG.zip');
    const files = unzip(zip.bytes);
    const lines = files['hong-kong-ties-compare-AU-SG.csv'].trim().split('\n');
    expect(lines[0]).toBe(
      'economy_iso2,economy_name,tie_type,standing,agreement_name,status,signed,in_force,terminated,status_source,source_url',
    );
    const expected = ['AU', 'SG'].reduce(
      (n, iso2) =>
        n + CORE.reduce((k, type) => k + Math.max(1, atlas.ties.filter((t) => t.partner === iso2 && t.tieType === type).length), 0),
      0,
    );
    expect(lines).toHaveLength(expected + 1);
    expect(lines.some((l) => l.startsWith('SG,Singapore,cdta,none,'))).toBe(true);
    expect(JSON.parse(files['datapackage.json']).view).toMatchObject({
      query: { compare: 'AU,SG' },
      filters: ['Agreement types: FTA, IPPA, CDTA, AEO MRA', 'Today'],
    });

    const svg = await download(page, section.getByRole('button', { name: 'Comparison (SVG image)' }));
    const picture = await readSvg(page, svg.bytes.toString('utf8'));
    expect(picture.texts[0]).toBe("Hong Kong's ties with Australia and Singapore");
    expect(picture.texts).toEqual(expect.arrayContaining(['Australia', 'Singapore', 'FTA: Free trade agreement', page.url()]));
    expect(picture.texts.some((t) => t.startsWith('Source: Hong Kong Ties Atlas, data as of '))).toBe(true);
    const png = readPng((await download(page, section.getByRole('button', { name: 'Comparison (PNG image)' }))).bytes);
    expect({ width: png.width, height: png.height }).toEqual({ width: 2 * picture.width, height: 2 * picture.height });
    expect(png.colours.size).toBeGreaterThan(20);
  });

  test('works by keyboard alone: add by search, add a grouping, remove an economy', async ({ page }) => {
    await openView(page, '?compare=NZ');
    const section = page.getByTestId('compare');
    const search = section.getByRole('combobox', { name: 'Add an economy' });
    await search.focus();
    await page.keyboard.type('Japan');
    await page.keyboard.press('Enter');
    await expect.poll(() => compareParam(page.url())).toBe('NZ,JP');
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Add a grouping')).toBeFocused();
    await section.getByLabel('Add a grouping').selectOption('BLEU');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => compareParam(page.url())?.split(',').length).toBe(4);
    const remove = section.getByRole('button', { name: 'Remove Japan from the comparison' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => compareParam(page.url())).not.toContain('JP');
  });

  test('the table view has a Compare column, and the comparison speaks Chinese', async ({ page }) => {
    await openView(page, '?view=table&compare=NZ');
    await page.getByRole('checkbox', { name: 'Compare Malaysia' }).check();
    await expect.poll(() => compareParam(page.url())).toBe('NZ,MY');
    await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-HK');
    const section = page.getByTestId('compare');
    await expect(section.getByRole('heading', { name: '比較 2 個經濟體' })).toBeVisible();
    await expect(section.getByRole('columnheader', { name: '全面性稅務協定' })).toBeVisible();
  });

  test('the comparison has no axe violations in English, Traditional or Simplified Chinese', async ({ page }) => {
    await openView(page, '?compare=AU,NZ,SG,MY&economy=AU');
    for (const lang of ['en', 'zh-HK', 'zh-CN'] as const) {
      // Switched as a reader would, so one load serves the three.
      if (lang !== 'en') await chooseLanguage(page, lang);
      // The comparison itself re-rendered in the language, not only the page's lang attribute.
      await expect(page.getByTestId('compare').getByRole('heading', { name: MESSAGES[lang].compare.title('4') })).toBeVisible();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .include('#compare')
        .include('.compare-toggle')
        .analyze();
      expect(result.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });
});
