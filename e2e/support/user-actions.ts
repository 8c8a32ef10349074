/**
 * What a user does on the atlas, as verbs: choose an economy on the map, open an office's marker,
 * hover an economy, move the year. Each finds its place from the data the atlas ships (the data
 * build's anchors in atlas.geo, the offices' cities), frames it as a user would zoom to it, acts
 * with the pointer where it is drawn, and waits for the map to settle: specs never click raw
 * coordinates or reach into the map object.
 */
import { type Page, expect } from '@playwright/test';
import type { Locale } from '../../src/domain/locales';
import { MESSAGES } from '../../src/i18n/messages';
import type { EconomyPlace, Office } from '../../src/domain/records';
import { publishedAtlas } from '../../src/testing/published-data';
import { jumpTo, lastIdle, screenPoint, waitForAppReady, waitForIdleAfter, yearShown } from './atlas-driver';

const atlas = publishedAtlas();
const places = new Map(atlas.geo.places.map((p) => [p.iso2 as string, p]));

/** The build's place for an economy: where it is labelled, its arcs end and a click lands on it. */
export function placeOf(iso2: string): EconomyPlace {
  const place = places.get(iso2);
  if (!place) throw new Error(`no place for ${iso2} in atlas.geo`);
  return place;
}

/**
 * A zoom at which the economy is comfortably large under the pointer: points (Macao, Singapore)
 * close up, New Zealand's size at about 3.5, larger economies further out.
 */
function zoomFor(place: EconomyPlace): number {
  if (place.point) return 7;
  return Math.min(7, Math.max(2, 9.5 - 1.15 * Math.log10(Math.max(place.km2, 1))));
}

/** Zooms the map to an economy, as a user would before clicking a small one. */
export async function frameEconomy(page: Page, iso2: string): Promise<{ x: number; y: number }> {
  const { anchor } = placeOf(iso2);
  await jumpTo(page, anchor[0], anchor[1], zoomFor(placeOf(iso2)));
  return screenPoint(page, anchor[0], anchor[1]);
}

/**
 * Frames several economies' anchors in one camera move (one wait for the map instead of one per
 * economy), with room around them so each shape is still large under its anchor.
 */
export async function frameEconomies(page: Page, iso2s: readonly string[]): Promise<void> {
  const anchors = iso2s.map((c) => placeOf(c).anchor);
  const lons = anchors.map((a) => a[0]);
  const lats = anchors.map((a) => a[1]);
  const since = await lastIdle(page);
  await page.evaluate((box) => window.__atlasMap!.fitBounds(box, { padding: 80, maxZoom: 5, animate: false }), [
    Math.min(...lons),
    Math.min(...lats),
    Math.max(...lons),
    Math.max(...lats),
  ] as [number, number, number, number]);
  await waitForIdleAfter(page, since);
}

/** Clicks an economy where the map draws it (its anchor, close up) and waits for the map to settle. */
export async function selectEconomy(page: Page, iso2: string): Promise<void> {
  const { x, y } = await frameEconomy(page, iso2);
  const since = await lastIdle(page);
  await page.mouse.click(x, y);
  await waitForIdleAfter(page, since);
}

/** Rests the pointer on an economy where the map draws it. */
export async function hoverEconomy(page: Page, iso2: string): Promise<void> {
  const { x, y } = await frameEconomy(page, iso2);
  await page.mouse.move(x, y);
}

/** Office markers are drawn as flags up and to the right of their city (OFFICE_MARKER_OFFSET in office-layers.ts). */
const OFFICE_MARKER_OFFSET = { x: 10, y: -10 };

/** Hong Kong's Economic and Trade Office in a city (English name), from the published records. */
export function officeIn(city: string): Office {
  const office = atlas.offices.find((o) => o.city === city && o.officeType.startsWith('eto'));
  if (!office) throw new Error(`no Economic and Trade Office in ${city}`);
  return office;
}

/** Clicks the marker of the Economic and Trade Office in a city, close up, and waits for the map to settle. */
export async function openOffice(page: Page, city: string): Promise<void> {
  const { lon, lat } = officeIn(city);
  await jumpTo(page, lon, lat, 7);
  const { x, y } = await screenPoint(page, lon, lat);
  const since = await lastIdle(page);
  await page.mouse.click(x + OFFICE_MARKER_OFFSET.x, y + OFFICE_MARKER_OFFSET.y);
  await waitForIdleAfter(page, since);
}

/** Clicks a cluster of office markers (drawn like a marker, beside its centre) and waits for the zoom to settle. */
export async function openCluster(page: Page, lngLat: readonly [number, number]): Promise<void> {
  const { x, y } = await screenPoint(page, lngLat[0], lngLat[1]);
  const since = await lastIdle(page);
  await page.mouse.click(x + OFFICE_MARKER_OFFSET.x, y + OFFICE_MARKER_OFFSET.y);
  await waitForIdleAfter(page, since);
}

/** Moves the time bar's year slider to `year` and waits for the map to show that year. */
export async function setYear(page: Page, year: number): Promise<void> {
  const since = await lastIdle(page);
  await page.getByRole('slider', { name: 'Year', exact: true }).fill(String(year));
  await expect(yearShown(page)).toHaveText(String(year));
  await waitForIdleAfter(page, since);
}

/** Finds an economy (by name or ISO code) with the search box in the interface's language, and opens it. */
export async function findEconomy(page: Page, query: string, lang: Locale = 'en'): Promise<void> {
  await page.getByRole('combobox', { name: MESSAGES[lang].search.label }).fill(query);
  await page.keyboard.press('Enter');
}

/** Switches between the map, the table and About with the header's buttons, in the interface's language. */
export async function switchView(page: Page, view: 'atlas' | 'table' | 'about', lang: Locale = 'en'): Promise<void> {
  const button = page
    .getByRole('navigation', { name: MESSAGES[lang].views.label })
    .getByRole('button', { name: MESSAGES[lang].views[view] });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await waitForAppReady(page);
}

/** Chooses the interface language with the header's switch (labelled in both the current language and English). */
export async function chooseLanguage(page: Page, lang: Locale): Promise<void> {
  await page.getByRole('combobox', { name: /Language/ }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
