/**
 * Long random use, as a reader might: a few hundred seeded actions across filters, the year slider
 * and Play, search, panels, map clicks, views, languages, Back and Forward. The guards fail the test
 * on any console error on the way. At the end, the count, the map and the address must agree with
 * the data: what the pure selectors derive from the address is what the page shows, and a fresh
 * load of the address shows it too. RANDOM_USE_SEED replays a run; RANDOM_USE_ACTIONS sets its length.
 */
import type { Page } from '@playwright/test';
import { type Locale, localeFromBrowser } from '../src/domain/locales';
import { MESSAGES } from '../src/i18n/messages';
import { applyFilters } from '../src/selectors/filter-ties';
import { NO_TIE_STATE, mapFeatureStates } from '../src/selectors/map-feature-states';
import { summarisePartners } from '../src/selectors/partner-summaries';
import { regionOptions } from '../src/selectors/regions';
import { parseUrlState, serializeUrlState } from '../src/state/url-codec';
import { publishedAtlas } from '../src/testing/published-data';
import { economyStates, expect, openAt, test, waitForMapCanvas } from './support/atlas-driver';
import { ACTIONS, WEIGHTS, dice, seededRandom, settle } from './support/random-use';
import { switchView } from './support/user-actions';

const SEED = Number(process.env.RANDOM_USE_SEED ?? 20261205);
// 200, not 300: about 35 s less of the suite (some 350 ms an action here); `npm run bench:heap` drives thousands of the same actions.
const STEPS = Number(process.env.RANDOM_USE_ACTIONS ?? 200);
// Camera flights take no time, as for a reader who asks for reduced motion: the run is about state, not animation.
test.use({ reducedMotion: 'reduce' });

const atlas = publishedAtlas();

/** What the data says the page should show for an address, by the app's own pure derivations. */
function expectedFor(search: string) {
  const partners = new Set(atlas.ties.map((t) => t.partner));
  const regions = regionOptions(atlas.economies.filter((e) => partners.has(e.iso2)));
  const state = parseUrlState(search, {
    known: new Set(atlas.economies.map((e) => e.iso2)),
    regions: new Set(regions.flatMap((r) => [r.region, ...r.subregions])),
    lastYear: Number(atlas.asOf.slice(0, 4)),
    browserLang: localeFromBrowser(['en-US']),
    knownOffices: new Set(atlas.offices.map((o) => o.officeId)),
  });
  const filtered = applyFilters(atlas, state);
  return { state, matching: filtered.economies.size, states: mapFeatureStates(summarisePartners(filtered.ties)) };
}

const shownCount = async (page: Page) => Number((await page.getByTestId('match-count').locator('strong').innerText()).replace(/\D/g, ''));

/** Each economy's colour state on the map; one never written reads as "no tie", as it is drawn. */
const mapStates = (page: Page) =>
  economyStates(
    page,
    atlas.economies.map((e) => e.iso2),
    NO_TIE_STATE,
  );

test('a few hundred random actions: no console error, and count, map and address agree with the data', async ({ page }) => {
  // About a minute on an idle 2-core machine; several times that when it is shared.
  test.setTimeout(600_000);
  const d = dice(seededRandom(SEED));
  const weighted = Object.entries(WEIGHTS).flatMap(([name, w]) => Array<string>(w).fill(name));
  const log: string[] = [];
  await openAt(page);
  const started = Date.now();
  for (let step = 0; step < STEPS;) {
    const name = d.pick(weighted);
    // A failure names the action and the ones before it, so the run can be read without replaying it.
    const failed = (error: unknown) => {
      throw new Error(`step ${step} (${name}) after ${log.slice(-8).join(' | ')}; seed ${SEED}\n${String(error)}`, { cause: error });
    };
    const done = await ACTIONS[name]!(page, d).catch(failed);
    if (done === false) continue;
    log.push(`${step}: ${done}`);
    step++;
    await settle(page).catch(failed);
  }
  const perAction = (Date.now() - started) / STEPS;
  test.info().annotations.push({
    type: 'random use',
    description: `seed ${SEED}, ${STEPS} actions, ${perAction.toFixed(0)} ms each; last: ${log.slice(-12).join(' | ')}`,
  });
  console.log(`random use: seed ${SEED}, ${STEPS} actions in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Stop Play, and come back to the map to read it.
  // In whichever language the run left the interface.
  const lang = (await page.locator('html').getAttribute('lang')) as Locale;
  const playing = page.getByRole('button', { name: MESSAGES[lang].filters.pause, pressed: true });
  if (await playing.count()) await playing.click();
  await switchView(page, 'atlas', lang);
  await waitForMapCanvas(page);
  await settle(page);
  const search = new URL(page.url()).search;
  const expected = expectedFor(search);
  const want = Object.fromEntries(atlas.economies.map((e) => [e.iso2, expected.states.get(e.iso2) ?? NO_TIE_STATE]));
  // The address is canonical: it says exactly the state the page is in.
  expect(serializeUrlState(expected.state), `address after ${log.length} actions (seed ${SEED})`).toBe(search);
  // The page after all that use, then a fresh load of its address: both show what the data says.
  for (const when of ['after use', 'fresh load']) {
    if (when === 'fresh load') await openAt(page, search);
    expect(await shownCount(page), `count, ${when}`).toBe(expected.matching);
    await expect.poll(() => mapStates(page), { message: `map, ${when}` }).toEqual(want);
  }
});
