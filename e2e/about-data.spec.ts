import { readFileSync } from 'node:fs';
import { readChangeValue } from '../src/components/about/change-value';
import { changeRecordName } from '../src/selectors/change-names';
import { formatters } from '../src/i18n/format';
import { en } from '../src/i18n/messages/en';
import { publishedAtlas, publishedChanges } from '../src/testing/published-data';
import { expect, mapCanvas, openAt, openView, test } from './support/atlas-driver';

const manifest = JSON.parse(readFileSync(new URL('../public/data/manifest.json', import.meta.url), 'utf8'));
const publishedTies = readFileSync(new URL('../public/data/ties.csv', import.meta.url), 'utf8');
const atlas = publishedAtlas();
const cdtaTies = atlas.ties.filter((t) => t.tieType === 'cdta');
/** What the first test records in the page while About is open. */
type Seen = { mapBeforeAbout: unknown; mapResizes: number; aboutFallbacks: number };

test.describe('About the data', () => {
  test('states the as-of date, reconciles the official totals and lists every source', async ({ page }) => {
    await openAt(page);
    const tileRequests: string[] = [];
    page.on('request', (r) => void (r.url().includes('/map-tiles/') && tileRequests.push(r.url())));
    // The map screen is kept at its size while hidden: a resize would redraw the map on the way back.
    await page.evaluate(() => {
      const map = window.__atlasMap!;
      const seen = window as unknown as Seen;
      seen.mapBeforeAbout = map;
      seen.mapResizes = 0;
      map.on('resize', () => seen.mapResizes++);
    });
    // Pointing at the button starts About's release list downloading, before the press.
    const releaseList = page.waitForRequest(/\/data\/changes\.json$/);
    const aboutCode = page.waitForResponse(/\/assets\/AboutView-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'About the data' }).hover();
    await releaseList;
    // Importing the same chunk here resolves once the page has run it (one module per URL).
    const aboutUrl = (await aboutCode).url();
    await page.evaluate((url) => import(url).then(() => undefined), aboutUrl);
    // Downloaded before the press, About opens in one step: no "Loading…" in between.
    await page.evaluate(() => {
      const seen = window as unknown as Seen;
      seen.aboutFallbacks = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && (n.matches('.status-message') || n.querySelector('.status-message'))) seen.aboutFallbacks++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'About the data' }).click();
    await expect(page).toHaveURL(/view=about/);
    await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
    const [y, m, d] = manifest.asOf.split('-').map(Number);
    const asOf = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
    await expect(page.getByText(`up to ${asOf}`)).toBeVisible();
    const rows = page.getByRole('table', { name: "Official totals reproduced from the atlas's own records" }).getByRole('row');
    await expect(rows.filter({ hasText: 'Double taxation agreements' })).toContainText('53 as of');
    await expect(page.getByRole('heading', { name: `Sources (${manifest.sources.length})` })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as Seen).aboutFallbacks)).toBe(0);
    // Nothing of the hidden map screen shows over About (MapLibre makes its opened credit visible).
    await expect(page.locator('.maplibregl-ctrl-attrib')).toBeHidden();

    // Back to the map: the same map as before About (kept, not made again), at its full size, and no second geometry download.
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect(mapCanvas(page)).toBeVisible();
    expect(await page.evaluate(() => window.__atlasMap === (window as unknown as Seen).mapBeforeAbout)).toBe(true);
    await expect.poll(async () => (await mapCanvas(page).boundingBox())?.width ?? 0).toBeGreaterThan(500);
    expect(await page.evaluate(() => (window as unknown as Seen).mapResizes)).toBe(0);
    expect(tileRequests).toEqual([]);
  });

  test('shows how many signature and entry-into-force days the records hold', async ({ page }) => {
    const tileRequests: string[] = [];
    page.on('request', (r) => void (r.url().includes('/map-tiles/') && tileRequests.push(r.url())));
    await openView(page, '?view=about');
    await expect(page.getByRole('heading', { name: 'How complete the records are' })).toBeVisible();
    const row = page.getByRole('table', { name: /Dates recorded/ }).locator('tr[data-type="cdta"]');
    const inForce = cdtaTies.filter((t) => t.status === 'in_force');
    const pastSignature = cdtaTies.filter((t) => ['signed', 'in_force', 'terminated', 'superseded'].includes(t.status));
    await expect(row.getByRole('rowheader')).toHaveAccessibleName('Comprehensive double taxation agreement');
    await expect(row.locator('td').nth(1)).toHaveText(String(cdtaTies.length));
    await expect(row.locator('td[data-col="signed"]')).toContainText(
      `${pastSignature.filter((t) => t.signed).length} of ${pastSignature.length}`,
    );
    await expect(row.locator('td[data-col="in-force-status"]')).toContainText(String(inForce.length));
    await expect(row.locator('td[data-col="in-force"]')).toContainText(`${inForce.filter((t) => t.inForce).length} of ${inForce.length}`);
    // The CDTAs signed with no entry into force on an official page are the gap this table exists to show.
    const signedOnly = cdtaTies.filter((t) => t.status === 'signed').length;
    expect(signedOnly).toBeGreaterThan(0);
    await expect(row.locator('td').last()).toHaveText(String(signedOnly));
    // An address that asks for About makes no map and downloads no geometry (nothing of the map shows through).
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    expect(tileRequests).toEqual([]);
  });

  test('offers ties.csv for download with the published columns and rows', async ({ page }) => {
    await openView(page, '?view=about');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ties.csv' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toBe(
      'partner_iso2,partner_name,tie_type,agreement_name,bloc,status,signed,in_force,source_url,checked,status_source,signed_source,in_force_source,source_tier,agreement_id,suspended,suspended_source,agreement_name_zh,agreement_name_zh_source',
    );
    expect(text).toBe(publishedTies);
  });

  test('back to the map keeps working', async ({ page }) => {
    await openView(page, '?view=about');
    await page.getByRole('button', { name: '← Back to the map' }).click();
    await expect(page).not.toHaveURL(/view=/);
    await expect(mapCanvas(page)).toBeVisible();
  });
});

test.describe('What changed', () => {
  const changes = publishedChanges();

  test('names the data version, the previous one, and lists each change with a download', async ({ page }) => {
    await openView(page, '?view=about');
    const section = page.getByTestId('release-changes');
    await expect(section.getByRole('heading', { name: 'What changed' })).toBeVisible();
    await expect(section).toContainText(`This is data version ${changes.version}`);
    // This release compares with the last published one, so there is one to name.
    await expect(section).toContainText(`previous release, version ${changes.previous?.version ?? 'none recorded'}`);
    const rows = section.locator('tbody tr');
    await expect(rows).toHaveCount(changes.changes.reduce((n, c) => n + Math.max(1, c.fields.length), 0));
    // The first record by the name readers know (an agreement with its partner's name, not its code).
    const first = changes.changes[0];
    await expect(rows.first()).toContainText(changeRecordName(atlas, first)?.en ?? first.label);
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'changes.csv' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(
      readFileSync(new URL('../public/data/changes.csv', import.meta.url), 'utf8'),
    );
  });
  test('each change reads as words: the field by name, dates as dates, names in their language, addresses as links', async ({ page }) => {
    const rows = changes.changes.flatMap((c) => c.fields.map((f) => ({ c, f })));
    expect(rows.length, 'this release changes fields').toBeGreaterThan(0);
    await openView(page, '?view=about');
    const section = page.getByTestId('release-changes');
    await section.locator('summary').click();
    const table = section.locator('table');
    await expect(table).toBeVisible();
    // The list is JSON and field keys in the files; none of that shows on the page.
    await expect(table).not.toContainText('{"');
    const fmt = formatters('en');
    const fieldNames: Record<string, string> = en.release.fields;
    // The rows of changed fields, in the file's order: the page lists added and removed records too.
    const changedRows = table.locator('tbody tr').filter({ has: page.locator('td.change-field:not(:empty)') });
    await expect(changedRows).toHaveCount(rows.length);
    for (const [i, { f }] of rows.entries()) {
      const row = changedRows.nth(i);
      await expect(row.locator('td.change-field')).toHaveText(fieldNames[f.field] ?? f.field);
      // Cells after the row's heading: change, field, before, after.
      for (const [cell, text] of [
        [row.locator('td').nth(2), f.before],
        [row.locator('td').nth(3), f.after],
      ] as const) {
        const value = readChangeValue(text);
        if (value.kind === 'empty') await expect(cell).toHaveText('—none');
        if (value.kind === 'date') await expect(cell).toHaveText(fmt.date(value.iso));
        if (value.kind === 'links')
          expect(await cell.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(value.urls);
        if (value.kind === 'names')
          for (const name of value.names) await expect(cell.locator(`[lang="${name.lang}"]`)).toHaveText(name.text);
      }
    }
  });

  test('in Chinese, each changed record is named in Chinese where the atlas has its Chinese name', async ({ page }) => {
    await openView(page, '?view=about&lang=zh-HK');
    const section = page.getByTestId('release-changes');
    await section.locator('summary').click();
    const headers = section.locator('tbody th[scope="row"]');
    const rows = changes.changes.flatMap((c) => Array<typeof c>(Math.max(1, c.fields.length)).fill(c));
    await expect(headers).toHaveCount(rows.length);
    const texts = await headers.allInnerTexts();
    for (const [i, c] of rows.entries()) {
      const name = changeRecordName(atlas, c);
      const zh = name?.zh ?? null;
      expect(texts[i], c.id).toContain(zh === null ? (name?.en ?? c.label) : typeof zh === 'string' ? zh : zh.zhHK);
    }
  });
});
