import { MESSAGES } from '../src/i18n/messages';
import { publishedAtlas } from '../src/testing/published-data';
import {
  arcShown,
  clickAndIdle,
  drawnInLayer,
  drawnLabels,
  expect,
  featuresAt,
  featureState,
  hideFilters,
  labelFrames,
  labelGlyphsDrawn,
  lastIdle,
  mapCamera,
  mapShows,
  openAt,
  recordSource,
  sampleLabelFrames,
  styleGlyphs,
  test,
  tilesLoaded,
  toggleTieType,
  waitForIdleAfter,
} from './support/atlas-driver';
import { arcPointsOverSea, departureFromSea } from './support/map-colours';
import { findEconomy, frameEconomy, hoverEconomy, openOffice, placeOf, selectEconomy } from './support/user-actions';

// Camera moves are instant under reduced motion: the same code path, without animation frames to wait for.
test.use({ reducedMotion: 'reduce' });

/** What one animation frame showed of a projection switch. */
interface ProjectionFrame {
  pressed: boolean;
  globe: boolean;
  status: string;
}

/** Economies too small to click as shapes at world zoom: the data build draws them as points. */
const SMALL_ECONOMIES = ['MO', 'SG', 'BH', 'MV', 'MT', 'MU', 'LI', 'JE', 'GG', 'BN'];

test.describe('the map: Hong Kong as the hub of its network', () => {
  test('small economies are points at world zoom, on top close up; clicking Hong Kong, Macao, Singapore and two ETO markers opens their panels', async ({
    page,
  }) => {
    // Two flows that used to be separate tests, on one page load: their time allowance too.
    test.setTimeout(2 * test.info().timeout);
    await openAt(page);
    const drawn = await drawnInLayer(page, 'economies-points', 'iso2');
    for (const iso2 of SMALL_ECONOMIES) expect(drawn, iso2).toContain(iso2);
    for (const iso2 of ['MT', 'JE', 'BH']) {
      await frameEconomy(page, iso2);
      const [lon, lat] = placeOf(iso2).anchor;
      expect((await featuresAt(page, lon, lat, ['hub-point', 'offices-icons', 'economies-points', 'economies-fill']))[0], iso2).toBe(iso2);
    }

    await selectEconomy(page, 'HK');
    const hub = page.getByRole('region', { name: 'Hong Kong', exact: true });
    await expect(hub).toBeVisible();
    await expect(hub.locator('[data-figure="partners-in-force"] dd')).toHaveText(/^\d+$/);
    await expect(hub.getByRole('heading', { name: 'Official totals' })).toBeVisible();
    await expect(page).toHaveURL(/economy=HK/);
    expect(await featureState(page, 'HK')).toMatchObject({ selected: true });

    await selectEconomy(page, 'MO');
    const macao = page.getByRole('region', { name: 'Macao', exact: true });
    await expect(macao).toBeVisible();
    await expect(macao.getByTestId('tie-fta-mo')).toContainText('In force');
    await expect(page).toHaveURL(/economy=MO/);

    await selectEconomy(page, 'SG');
    await expect(page.getByRole('region', { name: 'Singapore', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/economy=SG/);

    // The ETO in the same city is a separate marker beside it.
    await openOffice(page, 'Singapore');
    await expect(page.getByRole('region', { name: 'Hong Kong Economic and Trade Office, Singapore' })).toBeVisible();

    // The London ETO marker lists and highlights the economies it covers.
    await openOffice(page, 'London');
    const panel = page.getByRole('region', { name: 'Hong Kong Economic and Trade Office, London' });
    await expect(panel).toBeVisible();
    await expect(panel.locator('[data-field="city"]')).toHaveText('London');
    await expect(panel.locator('[data-field="opened"]')).toHaveText(/\d{4}|Not recorded/);
    await expect(recordSource(panel).getByRole('link', { name: 'HK government' })).toHaveAttribute('href', /gov\.hk/);
    await expect(
      panel
        .getByRole('list')
        .filter({ has: page.getByRole('button', { name: 'Sweden' }) })
        .getByRole('listitem'),
    ).toHaveText(['Denmark', 'Finland', 'Norway', 'Russia', 'Sweden', 'United Kingdom']);
    await expect(page).toHaveURL(/office=eto-london/);
    for (const iso2 of ['DK', 'FI', 'GB', 'NO', 'RU', 'SE']) expect(await featureState(page, iso2), iso2).toMatchObject({ covered: true });
    expect((await featureState(page, 'FR')).covered ?? false).toBe(false);

    // Choosing a covered economy closes the office and clears the highlight.
    await clickAndIdle(page, () => panel.getByRole('button', { name: 'Sweden' }).click());
    await expect(page.getByRole('region', { name: 'Sweden', exact: true })).toBeVisible();
    expect(await featureState(page, 'DK')).toMatchObject({ covered: false });
  });

  test("a small economy's name stands beside its dot, never under it; a large economy's is centred on its shape", async ({ page }) => {
    await openAt(page);
    /** Which economies' placed labels cover the anchor itself, and which lie within `reach` px of it. */
    const labelsNear = (iso2: string, reach: number) => {
      const [lon, lat] = placeOf(iso2).anchor;
      return page.evaluate(
        ([lo, la, r]) => {
          const map = window.__atlasMap!;
          const { x, y } = map.project([lo, la]);
          const codes = (hits: { properties: { iso2?: unknown } }[]) => hits.map((f) => String(f.properties.iso2));
          const layers = ['economy-labels'];
          return {
            onAnchor: codes(map.queryRenderedFeatures([x, y], { layers })),
            near: codes(
              map.queryRenderedFeatures(
                [
                  [x - r, y - r],
                  [x + r, y + r],
                ],
                { layers },
              ),
            ),
          };
        },
        [lon, lat, reach] as const,
      );
    };
    for (const small of ['MO', 'SG']) {
      expect(placeOf(small).point).toBe(true);
      await frameEconomy(page, small);
      const { onAnchor, near } = await labelsNear(small, 40);
      expect(near, `${small}'s name is drawn next to its dot`).toContain(small);
      expect(onAnchor, `${small}'s name is not under its dot`).not.toContain(small);
    }
    expect(placeOf('AU').point).toBe(false);
    await frameEconomy(page, 'AU');
    expect((await labelsNear('AU', 40)).onAnchor, "Australia's name is centred on its shape").toContain('AU');
  });

  test('arcs follow the type filters and the "Show arcs" switch; hovering an economy names it with its types', async ({ page }) => {
    await openAt(page);
    expect(await arcShown(page, 'NZ')).toBe(true);
    expect(await arcShown(page, 'IS')).toBe(true); // EFTA FTA in force
    expect(await arcShown(page, 'PE')).toBe(true); // FTA signed: dashed
    expect(await arcShown(page, 'FR')).toBe(true);
    expect(await arcShown(page, 'BR')).toBe(false); // no recorded tie

    await toggleTieType(page, /Free trade agreement/);
    expect(await arcShown(page, 'IS')).toBe(false);
    // Peru keeps its arc without FTAs only if another shown type joins it (an AEO arrangement, per the records).
    const peruOther = publishedAtlas().ties.some((t) => t.partner === 'PE' && ['ippa', 'cdta', 'aeo_mra'].includes(t.tieType));
    expect(await arcShown(page, 'PE')).toBe(peruOther);
    expect(await arcShown(page, 'NZ')).toBe(true);

    // The arc to New Zealand is drawn over the sea where the data build put it, and goes with the switch.
    await hideFilters(page);
    const overSea = await arcPointsOverSea(page, 'NZ');
    expect(overSea.length).toBeGreaterThan(0);
    for (const d of await departureFromSea(page, overSea)) expect(d, 'arc drawn over the sea').toBeGreaterThan(40);
    const toolbar = page.getByRole('group', { name: 'Map options' });
    await clickAndIdle(page, () => toolbar.getByRole('checkbox', { name: 'Show arcs' }).uncheck());
    expect(await arcShown(page, 'NZ')).toBe(false);
    for (const d of await departureFromSea(page, overSea)) expect(d, 'only sea once arcs are off').toBeLessThan(8);
    await expect(page).toHaveURL(/arcs=off/);

    // Hovering an economy shows its name and a badge per tie type shown.
    await hoverEconomy(page, 'NZ');
    const tooltip = page.getByTestId('map-tooltip');
    await expect(tooltip).toContainText('New Zealand');
    await expect(tooltip).toContainText('Ties in force');
    // A badge per tie type shown: CDTA, and no FTA while FTAs are filtered out.
    await expect(tooltip.getByText('CDTA', { exact: true })).toBeVisible();
    await expect(tooltip.getByText('FTA', { exact: true })).toHaveCount(0);
  });

  test('country labels are drawn from the font the app ships, in each language; choosing an economy frames it with Hong Kong, reset view and the globe switch frame the world; the switch paints the pressed button before the map redraws, both ways', async ({
    page,
  }) => {
    // Two flows that used to be separate tests, on one page load: their time allowance too.
    test.setTimeout(2 * test.info().timeout);
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(r.url());
    });
    await openAt(page);
    const labels = await drawnLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Australia', 'Canada', 'Brazil']));
    expect(fonts.some((u) => u.includes('dejavu-sans-condensed-latin'))).toBe(true);
    expect(await styleGlyphs(page)).toBeUndefined();

    // Pointing at the language menu fetches the Chinese font before the choice, not after it.
    const language = page.getByRole('combobox', { name: /Language/ });
    const chineseFont = () => fonts.some((u) => /atlas-cjk-(?!switcher)/.test(u));
    expect(chineseFont()).toBe(false);
    const chineseGlyphs = ['澳', '洲', '泰', '國', '国'];
    expect(await labelGlyphsDrawn(page, chineseGlyphs)).toBe(false);
    await language.hover();
    await expect.poll(chineseFont).toBe(true);
    // ...and the Chinese labels' glyphs are drawn while the reader chooses, in Traditional and Simplified.
    await expect.poll(() => labelGlyphsDrawn(page, chineseGlyphs)).toBe(true);
    // Switching the language replaces the labels in one frame: every frame until the Chinese names
    // are drawn still shows labels (the English ones, then the Chinese).
    await sampleLabelFrames(page);
    const since = await lastIdle(page);
    await language.selectOption('zh-HK');
    await expect.poll(() => drawnLabels(page)).toEqual(expect.arrayContaining(['澳洲', '加拿大', '巴西']));
    await waitForIdleAfter(page, since);
    await expect.poll(() => tilesLoaded(page)).toBe(true);
    const frames = await labelFrames(page);
    expect(frames.length).toBeGreaterThan(1);
    expect(
      frames.filter((n) => n === 0),
      'frames without labels',
    ).toEqual([]);

    // Now in Traditional Chinese: choosing an economy frames it together with Hong Kong (so its arc shows).
    const zh = MESSAGES['zh-HK'];
    const camera = () => mapCamera(page);
    const world = await camera();
    await clickAndIdle(page, () => findEconomy(page, '新西蘭', 'zh-HK'));
    // Both in view, closer than the world view. (Not "the centre between the two": the map stops at
    // the antimeridian, so near it the centre is held west of the frame's middle, by how far the map is zoomed.)
    for (const iso2 of ['HK', 'NZ']) expect(await mapShows(page, ...placeOf(iso2).anchor), iso2).toBe(true);
    expect((await camera()).zoom).toBeGreaterThan(world.zoom + 0.5);
    expect(await featureState(page, 'NZ')).toMatchObject({ selected: true });

    const toolbar = page.getByRole('group', { name: zh.map.options });
    await clickAndIdle(page, () => toolbar.getByRole('button', { name: zh.map.reset }).click());
    expect((await camera()).zoom).toBeCloseTo(world.zoom, 1);

    // The guards fail only on errors: MapLibre's "Unknown projection name" is a warning, checked here.
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    // Every animation frame: the button, the map's projection and the status line as that frame shows them.
    await page.evaluate(() => {
      const frames: ProjectionFrame[] = [];
      (window as unknown as { __projectionFrames: ProjectionFrame[] }).__projectionFrames = frames;
      const sample = () => {
        frames.push({
          pressed: document.querySelector('.map-toolbar .segmented button:last-child')?.getAttribute('aria-pressed') === 'true',
          globe: window.__atlasMap!.getProjection()?.type === 'globe',
          status: document.querySelector('.map-drawing')?.textContent ?? '',
        });
        if (frames.length < 5000) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await clickAndIdle(page, () => toolbar.getByRole('button', { name: zh.map.globe }).click());
    const switchFrames = await page.evaluate(() =>
      (window as unknown as { __projectionFrames: ProjectionFrame[] }).__projectionFrames.splice(0),
    );
    // The press is painted on a frame of the old map, with the status line; the map switches after
    // (given the globe in the press's own frame, the button waited seconds for its shaders).
    const firstPressed = switchFrames.findIndex((f) => f.pressed);
    expect(switchFrames[firstPressed]).toEqual({ pressed: true, globe: false, status: zh.map.drawing.globe });
    expect(switchFrames.slice(firstPressed).every((f) => f.pressed)).toBe(true);
    expect((await camera()).projection).toBe('globe');
    await expect(page.locator('.map-drawing')).toHaveCount(0);
    await expect(page).toHaveURL(/projection=globe/);
    expect(warnings.filter((w) => /projection/i.test(w))).toEqual([]);
    // And back.
    await clickAndIdle(page, () => toolbar.getByRole('button', { name: zh.map.flat }).click());
    expect((await camera()).projection).not.toBe('globe');
    await expect(page.locator('.map-drawing')).toHaveCount(0);
  });
});
