import type { Page } from '@playwright/test';
import type { Tie as T } from '../src/domain/records';
import { publishedAtlas } from '../src/testing/published-data';
import {
  brushEnds,
  expect,
  featureState,
  openAt,
  test,
  timelineEvents,
  timelinePlotArea,
  timelineTooltipYear,
  yearShown,
} from './support/atlas-driver';
import { download, readPng, readSvg, unzip } from './support/exports';
import { TIE_TYPE_COLOUR } from '../src/components/ui/palette';
import { CORE_TIE_TYPES } from '../src/domain/tie-types';
import { en } from '../src/i18n/messages/en';

const atlas = publishedAtlas();
/** The as-of date as the English interface writes it: "30 Nov 2026". */
const asOfText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${atlas.asOf}T00:00:00Z`),
);
const region = new Map(atlas.economies.map((e) => [e.iso2, e.region]));
const signedOrInForce = (t: T) => t.status === 'signed' || t.status === 'in_force';

/** The oracle: what the counts chart must show, computed straight from the published records. */
function expectedCounts(type: string, keep: (t: T) => boolean = () => true) {
  const ties = atlas.ties.filter((t) => t.tieType === type && signedOrInForce(t) && keep(t));
  return { agreements: new Set(ties.map((t) => t.agreementId)).size, economies: new Set(ties.map((t) => t.partner)).size };
}

async function countsRow(page: Page, type: string) {
  const row = page.getByTestId('counts-chart').locator(`tr[data-type="${type}"]`);
  return {
    agreements: Number(await row.locator('[data-col="agreements"]').textContent()),
    economies: Number(await row.locator('[data-col="economies"]').textContent()),
  };
}

test.describe('charts follow the data and the filters', () => {
  test('counts by type match the records, by default and for Asia with FTAs and CDTAs', async ({ page }) => {
    await openAt(page);
    for (const type of ['fta', 'ippa', 'cdta', 'aeo_mra']) expect(await countsRow(page, type)).toEqual(expectedCounts(type));

    await openAt(page, '?types=fta,cdta&region=Asia');
    await expect(page.getByTestId('counts-chart').locator('tr[data-type="ippa"]')).toHaveCount(0);
    const inAsia = (t: T) => region.get(t.partner) === 'Asia';
    for (const type of ['fta', 'cdta']) expect(await countsRow(page, type)).toEqual(expectedCounts(type, inAsia));
  });

  test('the timeline counts ties in force at the end of the span, per partner or per agreement', async ({ page }) => {
    await openAt(page, '?types=fta&years=2005..2020');
    const chart = page.getByTestId('timeline-chart');
    await expect(chart.locator('caption')).toContainText('(2005–2020 shown)');
    const inForceBy2020 = atlas.ties.filter(
      (t) => t.tieType === 'fta' && t.inForce && t.inForce <= '2020-12-31' && !(t.terminated && t.terminated <= '2020-12-31'),
    );
    await expect(chart.locator('tr[data-type="fta"] td')).toHaveText(String(inForceBy2020.length));
    await chart.getByRole('radio', { name: 'Bloc agreement once' }).check();
    await expect(page).toHaveURL(/count=agreement/);
    await expect(page.getByTestId('count-rule')).toContainText('a bloc agreement counts once');
    await expect(chart.locator('tr[data-type="fta"] td')).toHaveText(String(new Set(inForceBy2020.map((t) => t.agreementId)).size));
  });

  test('hovering a year highlights the economies that gained a tie that year', async ({ page }) => {
    await openAt(page);
    const gained = [
      ...new Set(
        atlas.ties
          .filter((t) => t.inForce?.startsWith('2019-') && ['fta', 'ippa', 'cdta', 'aeo_mra'].includes(t.tieType))
          .map((t) => t.partner),
      ),
    ];
    expect(gained.length).toBeGreaterThan(0);
    // The area chart spaces the years evenly across its grid, from the first placed tie to the as-of year.
    const core = atlas.ties.filter((t) => ['fta', 'ippa', 'cdta', 'aeo_mra'].includes(t.tieType) && t.inForce);
    const first = Math.min(...core.map((t) => Number(t.inForce!.slice(0, 4))));
    const last = Number(atlas.asOf.slice(0, 4));
    const gridLocator = timelinePlotArea(page);
    await gridLocator.scrollIntoViewIfNeeded();
    const grid = (await gridLocator.boundingBox())!;
    await page.mouse.move(grid.x + ((2019 - first) / (last - first)) * grid.width, grid.y + grid.height / 2);
    await expect(timelineTooltipYear(page)).toHaveText('2019');
    await expect.poll(async () => (await featureState(page, gained[0])).covered).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await featureState(page, gained[0])).covered).toBe(false);
  });

  test('brushing a span on the timeline sets the year range in the URL and the slider', async ({ page }) => {
    await openAt(page);
    const traveller = brushEnds(page.getByTestId('timeline-chart')).first();
    await traveller.scrollIntoViewIfNeeded();
    const box = (await traveller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/years=(\d{4})\.\.(\d{4})/);
    const [, from, to] = /years=(\d{4})\.\.(\d{4})/.exec(page.url())!;
    expect(Number(from)).toBeLessThan(Number(to));
    await expect(yearShown(page)).toHaveText(to);
    await expect(page.getByTestId('timeline-chart').locator('caption')).toContainText(`(${from}–${to} shown)`);
  });

  test('choosing a mission highlights its destinations', async ({ page }) => {
    await openAt(page);
    const mission = atlas.missions[0];
    await page.getByTestId('missions-tracker').getByRole('button', { name: mission.name }).click();
    for (const d of mission.destinations) await expect.poll(async () => (await featureState(page, d)).covered).toBe(true);
  });

  test('a mission with no official end day says so instead of reading as a one-day visit', async ({ page }) => {
    await openAt(page);
    const open = atlas.missions.find((x) => x.end === null);
    const closed = atlas.missions.find((x) => x.end !== null);
    expect(open && closed).toBeTruthy();
    const row = (name: string) => page.getByTestId('missions-tracker').getByRole('row').filter({ hasText: name });
    await expect(row(open!.name).getByRole('cell').first()).toHaveText(
      /^from \d{1,2} \w{3} \d{4} \(end not stated\) (HK government|partner government \/ intergovernmental|reported by .+)$/,
    );
    await expect(row(closed!.name).getByRole('cell').first()).toHaveText(
      /^\d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4} (HK government|partner government \/ intergovernmental|reported by .+)$/,
    );
  });

  test('a chart exports a picture for a report (SVG and PNG: title, filters, legend, source, link; no brush) and its data zipped with what produced it', async ({
    page,
  }) => {
    await openAt(page, '?types=fta,cdta&region=Asia&year=2015');
    const timeline = page.getByTestId('timeline-chart');
    await expect(brushEnds(timeline)).toHaveCount(2);
    const svg = await download(page, timeline.getByRole('button', { name: 'Image (SVG)' }));
    expect(svg.name).toBe('hk-ties-timeline.svg');
    const picture = await readSvg(page, svg.bytes.toString('utf8'));
    expect(picture.parsed).toBe(true);
    expect(picture.brush).toBe(0);
    const words = picture.texts.join(' ');
    expect(picture.texts[0]).toBe('Ties per year, cumulative');
    for (const phrase of [
      'Agreement types: FTA, CDTA',
      'Region: Asia',
      'End of 2015',
      'Years shown:',
      'FTA: Free trade agreement',
      `Source: Hong Kong Ties Atlas, data as of ${asOfText}`,
    ]) {
      expect(words).toContain(phrase);
    }
    expect(picture.texts).toContain(page.url());
    // The legend's swatches carry the chart's colours (FTA, CDTA), and the axis years are the chart's own.
    expect(picture.fills).toEqual(expect.arrayContaining([TIE_TYPE_COLOUR.fta, TIE_TYPE_COLOUR.cdta]));
    expect(picture.texts).toContain('2015');

    const png = await download(page, timeline.getByRole('button', { name: 'Image (PNG)' }));
    expect(png.name).toBe('hk-ties-timeline.png');
    const raster = readPng(png.bytes);
    expect({ width: raster.width, height: raster.height }).toEqual({ width: 2 * picture.width, height: 2 * picture.height });
    expect(raster.colours.size).toBeGreaterThan(20);

    const zip = await download(page, page.getByTestId('counts-chart').getByRole('button', { name: 'Data (CSV + metadata, ZIP)' }));
    expect(zip.name).toBe('hk-ties-counts-by-type.zip');
    const files = unzip(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'datapackage.json', 'hk-ties-counts-by-type.csv']);
    const lines = files['hk-ties-counts-by-type.csv'].trim().split('\n');
    expect(lines[0]).toBe('type,agreements,economies');
    const fta = await countsRow(page, 'fta');
    expect(lines.find((l) => l.startsWith('fta,'))).toBe(`fta,${fta.agreements},${fta.economies}`);
    const meta = JSON.parse(files['datapackage.json']);
    expect(meta.view).toMatchObject({ link: page.url(), query: { types: 'fta,cdta', region: 'Asia', year: '2015' }, asOf: atlas.asOf });
    expect(meta.view.filters).toEqual(['Agreement types: FTA, CDTA', 'Region: Asia', 'End of 2015']);
    expect(meta.resources[0].schema.fields).toEqual([
      { name: 'type', type: 'string' },
      { name: 'agreements', type: 'integer' },
      { name: 'economies', type: 'integer' },
    ]);
    expect(files['README.txt']).toContain(`Data as of: ${asOfText}`);

    // In Chinese, the frame speaks the interface's language, and the PNG (text drawn with the page's fonts, the bundled CJK subset last) is not blank.
    await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-HK');
    const counts = page.getByTestId('counts-chart');
    const zh = await readSvg(page, (await download(page, counts.getByRole('button', { name: '圖像（SVG）' }))).bytes.toString('utf8'));
    expect(zh.texts.join(' ')).toContain('協定類別：自貿協定、全面性稅務協定');
    expect(zh.texts.join(' ')).toContain('2015年底');
    expect(zh.texts.some((t) => t.startsWith('資料來源：香港聯繫地圖，資料截至'))).toBe(true);
    const zhPng = readPng((await download(page, counts.getByRole('button', { name: '圖像（PNG）' }))).bytes);
    expect({ width: zhPng.width, height: zhPng.height }).toEqual({ width: 2 * zh.width, height: 2 * zh.height });
    expect(zhPng.colours.size).toBeGreaterThan(20);
  });

  test('the timeline marks events: the RCEP application (known to the month) and missions', async ({ page }) => {
    await openAt(page, '?years=2020..2024');
    const events = timelineEvents(page);
    await events.locator('summary').click();
    await expect(events).toContainText('Jan 2022: Hong Kong applies to accede to the Regional Comprehensive Economic Partnership (RCEP)');
    await expect(events.getByText('Mission', { exact: true }).first()).toBeVisible();
  });

  test("an economy's panel shows its lifecycle", async ({ page }) => {
    await openAt(page, '?economy=NZ');
    await expect(page.getByTestId('lifecycle')).toContainText('FTA: signed 29 Mar 2010, in force 1 Jan 2011');
  });

  test("a tie with no date is said in its row of the panel's lifecycle, and the diamonds' row has its own label", async ({ page }) => {
    // From the records: an economy with an undated tie of a type shown by default and an office opening.
    const openedIn = new Set(atlas.offices.filter((o) => o.opened).flatMap((o) => [o.country, ...o.covers]));
    const tie = atlas.ties.find(
      (t) => CORE_TIE_TYPES.includes(t.tieType) && t.status === 'in_force' && !t.signed && !t.inForce && openedIn.has(t.partner),
    );
    expect(tie, 'an undated in-force tie with an office opening in its economy').toBeTruthy();
    await openAt(page, `?economy=${tie!.partner}`);
    const chart = page.getByTestId('lifecycle').locator('svg');
    await expect(chart.locator('text').filter({ hasText: 'In force · dates not recorded' })).toHaveCount(
      atlas.ties.filter(
        (t) => t.partner === tie!.partner && CORE_TIE_TYPES.includes(t.tieType) && t.status === 'in_force' && !t.signed && !t.inForce,
      ).length,
    );
    await expect(chart.locator('text').filter({ hasText: /^Events$/ })).toHaveCount(1);
  });

  test("the lifecycle's list says only the dates the records give, in English and Chinese", async ({ page }) => {
    // From the records: a tie with an entry-into-force day and no signing date, and an in-force tie with no dates.
    const unsigned = atlas.ties.find((t) => !t.signed && t.inForce?.length === 10 && t.status === 'in_force');
    expect(unsigned, 'an in-force tie with an entry-into-force day and no signing date').toBeTruthy();
    const undated = atlas.ties.find((t) => CORE_TIE_TYPES.includes(t.tieType) && t.status === 'in_force' && !t.signed && !t.inForce);
    expect(undated, 'an in-force tie with no dates').toBeTruthy();
    const inForceDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${unsigned!.inForce}T00:00:00Z`),
    );
    const rowOf = (t: T) =>
      page
        .getByTestId('lifecycle')
        .locator('.lifecycle-list li')
        .filter({ hasText: new RegExp(`^${en.tieType[t.tieType].short}:`) });

    await openAt(page, `?economy=${unsigned!.partner}&types=${unsigned!.tieType}`);
    // Its entry into force is not given out as its signature.
    await expect(rowOf(unsigned!)).toHaveText(`${en.tieType[unsigned!.tieType].short}: signing date not recorded, in force ${inForceDay}`);

    await openAt(page, `?economy=${undated!.partner}&types=${undated!.tieType}`);
    // In force without a recorded date is not "no entry into force recorded", which reads as not in force.
    await expect(rowOf(undated!)).toHaveText(
      `${en.tieType[undated!.tieType].short}: signing date not recorded, in force, date not recorded`,
    );
    await openAt(page, `?economy=${undated!.partner}&types=${undated!.tieType}&lang=zh-HK`);
    await expect(page.getByTestId('lifecycle').locator('.lifecycle-list li').first()).toContainText('已生效，生效日期未有記錄');
  });

  test("on a phone an undated tie's words stay inside the lifecycle chart", async ({ page }) => {
    // From the records: a signed tie with no date, the longest status there is.
    const tie = atlas.ties.find((t) => t.status === 'signed' && !t.signed && !t.inForce);
    expect(tie, 'a signed tie with no date').toBeTruthy();
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, `?economy=${tie!.partner}&types=${tie!.tieType}`);
    const chart = page.getByTestId('lifecycle').locator('svg');
    await expect(chart.locator('text').filter({ hasText: 'Signed · dates not recorded' }).first()).toBeVisible();
    const overflow = await chart.evaluate((svg) => {
      const right = svg.getBoundingClientRect().right;
      return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().right > right + 1).map((t) => t.textContent);
    });
    expect(overflow).toEqual([]);
  });
});
