import {
  expect,
  featureState,
  mapCamera,
  mapShows,
  mapWidthDegrees,
  openAt,
  screenPoint,
  storyFigures,
  storyPanel,
  storySources,
  test,
} from './support/atlas-driver';
import type { Tie } from '../src/domain/records';
import { publishedAtlas } from '../src/testing/published-data';

const atlas = publishedAtlas();

/** Each named figure, counted here straight from the records as at the end of `year` (null: today). */
function figure(name: string, year: number | null): number {
  const end = `${year ?? atlas.asOf.slice(0, 4)}-12-31`;
  const inForce = atlas.ties.filter((t) =>
    year === null ? t.status === 'in_force' : !!t.inForce && t.inForce <= end && !(t.terminated && t.terminated <= end),
  );
  const partners = (f: (t: Tie) => boolean) => new Set(inForce.filter(f).map((t) => t.partner)).size;
  const offices = atlas.offices.filter((o) => (year === null ? true : !!o.opened && o.opened <= end));
  const missions = atlas.missions.filter((m) => m.start <= end);
  const cdta = new Set(inForce.filter((t) => t.tieType === 'cdta').map((t) => t.partner));
  const rcep = atlas.milestones.filter((m) => m.kind === 'application' && /rcep/i.test(m.title) && (m.month ?? '') <= end.slice(0, 7));
  const values: Record<string, number> = {
    year: Number(end.slice(0, 4)),
    fta_partners: partners((t) => t.tieType === 'fta'),
    ippa_partners: partners((t) => t.tieType === 'ippa'),
    cdta_partners: partners((t) => t.tieType === 'cdta'),
    aeo_partners: partners((t) => t.tieType === 'aeo_mra'),
    partners_in_force: partners((t) => ['fta', 'ippa', 'cdta', 'aeo_mra'].includes(t.tieType)),
    asean_partners: partners((t) => t.agreementId === 'fta-asean'),
    rcep_partners: rcep.at(-1)?.partners.length ?? 0,
    bri_partners: atlas.beltAndRoad.length,
    bri_with_cdta: atlas.beltAndRoad.filter((b) => cdta.has(b.partner)).length,
    eto_overseas: offices.filter((o) => o.officeType === 'eto_overseas').length,
    mainland_offices: offices.filter((o) => ['eto_mainland', 'liaison_unit'].includes(o.officeType)).length,
    offices_covered: new Set(offices.filter((o) => o.officeType === 'eto_overseas').flatMap((o) => o.covers)).size,
    missions: missions.length,
    mission_destinations: new Set(missions.flatMap((m) => m.destinations)).size,
    mission_mous: missions.reduce((n, m) => n + (m.mousSigned ?? 0), 0),
    missions_in_year: missions.filter((m) => m.start.startsWith(`${end.slice(0, 4)}-`)).length,
  };
  if (!(name in values)) throw new Error(`the test does not know the figure ${name}`);
  return values[name];
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{([a-z_]+)(?:@(\d{4}))?\}/g)].map((m) => ({ name: m[1], year: m[2] ? Number(m[2]) : null }));

for (const story of ['growth', 'goglobal'] as const) {
  const steps = atlas.stories.filter((s) => s.story === story);

  test(`walks every step of "${story}": the view each sets, and each figure equals the records`, async ({ page }) => {
    test.setTimeout(240_000);
    expect(steps.length).toBeGreaterThanOrEqual(story === 'growth' ? 8 : 5);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAt(page, `?story=${story}&step=1`);
    const panel = storyPanel(page, story);
    for (const step of steps) {
      if (step.step > 1) await panel.getByRole('button', { name: /Next/ }).click();
      await expect(panel).toHaveAttribute('data-step', String(step.step));
      await expect(panel.getByText(`Step ${step.step} of ${steps.length}`)).toBeVisible();
      // The view: year and tie types in the address, highlighted economies on the map.
      const params = new URL(page.url()).searchParams;
      expect(params.get('story')).toBe(story);
      expect(params.get('step')).toBe(String(step.step));
      expect(params.get('year')).toBe(step.year === null ? null : String(step.year));
      const types = params.get('types');
      if (types !== null) expect(types.split(',')).toEqual(step.types);
      else expect(step.types).toEqual(['fta', 'ippa', 'cdta', 'aeo_mra']);
      for (const iso2 of step.highlight)
        await expect.poll(async () => (await featureState(page, iso2)).covered, { message: iso2 }).toBe(true);
      // The camera: the step's bounds in view, or the whole world.
      if (Array.isArray(step.camera)) {
        const [w, s, e, n] = step.camera;
        const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
        await expect
          .poll(async () => (await mapShows(page, ...centre)) && (await mapWidthDegrees(page)) < 250, { timeout: 20_000 })
          .toBe(true);
      } else if (step.camera === 'world') {
        await expect.poll(async () => (await mapCamera(page)).zoom, { timeout: 20_000 }).toBeLessThan(2.5);
      }
      // Each figure quoted is the records' own count.
      const quoted = placeholders(step.text.en);
      const shown = storyFigures(panel);
      await expect(shown).toHaveCount(quoted.length);
      for (const [i, q] of quoted.entries()) {
        const expected = figure(q.name, q.year ?? step.year);
        await expect(shown.nth(i)).toHaveAttribute('data-value', String(expected));
        await expect(shown.nth(i)).toHaveText(q.name === 'year' ? String(expected) : expected.toLocaleString('en'));
      }
      await expect(storySources(panel)).toHaveCount(step.sources.length);
    }
    await expect(panel.getByRole('button', { name: /Next/ })).toBeDisabled();
  });
}

test('a step opened from its address frames as one reached by Next: Hong Kong above the legend, not under it', async ({ page }) => {
  // Step 2 (CEPA) frames the Mainland; Hong Kong is at its southern edge, where the legend sits.
  await openAt(page, '?story=growth&step=2');
  await expect(storyPanel(page, 'growth')).toHaveAttribute('data-step', '2');
  // Once the step's flight has ended (the world view is far below this zoom).
  await expect
    .poll(() => page.evaluate(() => !window.__atlasMap!.isMoving() && window.__atlasMap!.getZoom() > 1.5), { timeout: 15_000 })
    .toBe(true);
  const { y } = await screenPoint(page, 114.17, 22.3);
  const legendTop = await page.locator('.map-legend').evaluate((e) => e.getBoundingClientRect().top);
  const canvasTop = await page.locator('.maplibregl-canvas').evaluate((e) => e.getBoundingClientRect().top);
  expect(y, 'Hong Kong on the map, above the legend').toBeGreaterThan(canvasTop);
  expect(y).toBeLessThan(legendTop);
});

test('keyboard: arrow keys move through the steps, Escape leaves the story and keeps the view', async ({ page }) => {
  await openAt(page, '?story=growth&step=3');
  const panel = storyPanel(page, 'growth');
  await expect(panel).toHaveAttribute('data-step', '3');
  await expect(panel.getByRole('button', { name: /Back/ })).toBeEnabled();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-step', '4');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('4');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(panel).toHaveAttribute('data-step', '2');
  // Next and Back are reachable and work from the keyboard too.
  await panel.getByRole('button', { name: /Next/ }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-step', '3');
  const year = new URL(page.url()).searchParams.get('year');
  expect(year).toBe('2012');
  // While About is read in the map screen's place, the arrow keys and Escape are About's: the hidden story stays at its step.
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await views.getByRole('button', { name: 'Map' }).click();
  await expect(panel).toHaveAttribute('data-step', '3');
  expect(new URL(page.url()).searchParams.get('step')).toBe('3');
  // The story holds the panel's place: "Skip to the details panel" reaches it, named by the story.
  await page.getByRole('navigation', { name: 'Skip links' }).getByRole('link', { name: 'Skip to the details panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: "How Hong Kong's network grew" })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  const params = new URL(page.url()).searchParams;
  expect(params.get('story')).toBeNull();
  expect(params.get('year')).toBe('2012');
  expect(params.get('types')).toBe('cdta');
});

test('the stories in Chinese: launcher and text in zh-HK, story=goglobal opens its first step', async ({ page }) => {
  await openAt(page, '?lang=zh-HK');
  await page.getByRole('button', { name: '經香港走向世界' }).click();
  const panel = storyPanel(page, 'goglobal', 'zh-HK');
  await expect(panel).toHaveAttribute('data-story', 'goglobal');
  await expect(panel).toHaveAttribute('data-step', '1');
  await expect(panel.getByText('第1步，共6步')).toBeVisible();
  await expect(panel.getByText('駐海外經濟貿易辦事處')).toBeVisible();
  await expect(storyFigures(panel).first()).toHaveAttribute('data-value', String(figure('eto_overseas', null)));
});
