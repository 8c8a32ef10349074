/** Download the map as a picture: the map with a title, the filters, the legend, the source and the link. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Locale } from '../src/domain/locales';
import { colourSwatches, expect, mapCanvasSize, mapLegend, openAt, test } from './support/atlas-driver';

/** The on-screen legend's area fills (its first seven swatches; the eighth, coverage, is transient), as "r,g,b". */
async function legendColours(page: Page, lang: Locale = 'en'): Promise<string[]> {
  const colours = await colourSwatches(mapLegend(page, lang)).evaluateAll((els) =>
    els.slice(0, 7).map((el) => getComputedStyle(el).backgroundColor),
  );
  expect(colours).toHaveLength(7);
  return colours.map((c) => c.match(/\d+/g)!.slice(0, 3).join(','));
}

/** The PNG's size from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Decodes the PNG in the page (an <img> from a data: URL, allowed by the CSP) and returns the colours of one pixel column. */
async function column(page: Page, png: Buffer, x: number): Promise<number[][]> {
  return page.evaluate(
    async ([data, cx]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const pixels = ctx.getImageData(cx, 0, 1, img.height).data;
      return Array.from({ length: img.height }, (_, y) => [pixels[4 * y], pixels[4 * y + 1], pixels[4 * y + 2]]);
    },
    [png.toString('base64'), x] as const,
  );
}

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  expect(file.suggestedFilename()).toBe('hong-kong-ties-map.png');
  return readFileSync((await file.path())!);
}

test('the downloaded PNG is the map with a title above and the legend swatches below it', async ({ page }) => {
  await openAt(page, '?year=2015&bri=1');
  const canvas = await mapCanvasSize(page);
  const png = await download(page, /Download map image/);
  const size = pngSize(png);
  const layout = (await page.evaluate(() => window.__mapImage))!;
  expect(size).toEqual({ width: layout.width, height: layout.height });
  expect(size.width).toBe(canvas.width);
  expect(layout.mapBottom - layout.mapTop).toBe(canvas.height);
  // A title band above the map, and below it seven legend rows (20 px each) and the source and link.
  expect(layout.mapTop).toBeGreaterThanOrEqual(2 * 20);
  expect(size.height - layout.mapBottom).toBeGreaterThanOrEqual(9 * 20);

  // The swatches' centre column (16 px padding + 7 px), read below the map: every colour, in the legend's order.
  const pixels = await column(page, png, 23);
  const below = pixels.slice(layout.mapBottom).map((p) => p.join(','));
  const firstRows = (await legendColours(page)).map((colour) => below.indexOf(colour));
  expect(
    firstRows.every((row) => row >= 0),
    `swatch rows ${firstRows}`,
  ).toBe(true);
  expect([...firstRows].sort((a, b) => a - b)).toEqual(firstRows);
  // The map itself was captured (not a blank buffer): its part of the column is not one flat colour.
  const mapColours = new Set(pixels.slice(layout.mapTop, layout.mapBottom).map((p) => p.join(',')));
  expect(mapColours.size).toBeGreaterThan(2);
  // The title band has ink on white.
  const title = pixels.slice(0, layout.mapTop).map((p) => p.join(','));
  expect(title).toContain('255,255,255');
});

test('the button is labelled in Chinese, and the Chinese picture has the same layout', async ({ page }) => {
  await openAt(page, '?lang=zh-HK');
  const png = await download(page, /下載地圖圖片/);
  const layout = (await page.evaluate(() => window.__mapImage))!;
  expect(pngSize(png)).toEqual({ width: layout.width, height: layout.height });
  const below = (await column(page, png, 23)).slice(layout.mapBottom).map((p) => p.join(','));
  for (const colour of await legendColours(page, 'zh-HK')) expect(below).toContain(colour);
});
