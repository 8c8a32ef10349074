import { sourceHostOf, tierOf } from '../src/domain/source-hosts';
import type { Tie } from '../src/domain/records';
import { CORE_TIE_TYPES } from '../src/domain/tie-types';
import { publishedAtlas } from '../src/testing/published-data';
import { expect, featureState, lastIdle, openAt, openView, showFilters, test, tierMarks, waitForIdleAfter } from './support/atlas-driver';

const atlas = publishedAtlas();
const secondary = (url: string | null) => url !== null && tierOf(url) === 3;
const core = (t: Tie) => (CORE_TIE_TYPES as readonly string[]).includes(t.tieType);

test.describe('Sources in tiers', () => {
  test("Russia's CDTA is in force on the map, with its entry-into-force date and the tier of each page", async ({ page }) => {
    const ru = atlas.ties.find((t) => t.agreementId === 'cdta-ru')!;
    expect(ru.status).toBe('in_force');
    await openAt(page, '?economy=RU');
    await expect.poll(async () => (await featureState(page, 'RU')).standing).toBe('in_force');
    const tie = page.getByTestId('tie-cdta-ru');
    await expect(tie.locator('[data-field="status"]')).toContainText('In force');
    const [y, m, d] = ru.inForce!.split('-').map(Number);
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
    const inForce = tie.locator('[data-field="in-force"]');
    await expect(inForce).toContainText(date);
    const mark = tierMarks(inForce);
    await expect(mark).toHaveAttribute('href', ru.inForceSource!);
    await expect(mark).toHaveAttribute('data-tier', String(tierOf(ru.inForceSource!)));
    if (tierOf(ru.inForceSource!) === 3) await expect(mark).toHaveText(`reported by ${sourceHostOf(ru.inForceSource!)!.publisher}`);
  });

  test('a suspended agreement shows when its implementation was suspended, with the tier of the page that says so', async ({ page }) => {
    const suspended = atlas.ties.filter((t) => t.suspended !== null);
    expect(suspended.length).toBeGreaterThan(0);
    const tie = suspended[0];
    // Its type may be off by default (mutual legal assistance is): the address turns it on.
    await openAt(page, `?economy=${tie.partner}&types=${[...new Set([...CORE_TIE_TYPES, tie.tieType])].join(',')}`);
    const card = page.getByTestId(`tie-${tie.agreementId}`);
    const [y, m, d] = tie.suspended!.split('-').map(Number);
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
    const row = card.locator('[data-field="suspended"]');
    await expect(row).toContainText(date);
    await expect(card.locator('.tie-fact', { has: page.locator('[data-field="suspended"]') })).toContainText('Implementation suspended');
    await expect(tierMarks(row)).toHaveAttribute('href', tie.suspendedSource!);
    // Where none is recorded there is no such line (not a "—"): a missing suspension states nothing.
    const other = atlas.ties.find((t) => t.partner === tie.partner && t.suspended === null && t.tieType === 'fta');
    if (other) await expect(page.getByTestId(`tie-${other.agreementId}`).locator('[data-field="suspended"]')).toHaveCount(0);
  });

  test('in Chinese, an agreement’s Chinese name carries the tier of the page that states it; one without shows the English, marked', async ({
    page,
  }) => {
    const named = atlas.ties.find((t) => t.partner === 'NZ' && t.agreementNameZh !== null && core(t))!;
    const unnamed = atlas.ties.find((t) => t.partner === 'NZ' && t.agreementNameZh === null && core(t))!;
    await openAt(page, '?lang=zh-HK&economy=NZ');
    const name = page.getByTestId(`tie-${named.agreementId}`).locator('.tie-name');
    await expect(name.locator('[lang="zh-HK"]')).toHaveText(named.agreementNameZh!);
    const mark = tierMarks(name, 'zh-HK');
    await expect(mark).toHaveAttribute('href', named.agreementNameZhSource!);
    await expect(mark).toHaveAttribute('data-tier', String(tierOf(named.agreementNameZhSource!)));
    // No page gives the other one a Chinese name: the English stands, marked as English, and no tier is claimed for it.
    const other = page.getByTestId(`tie-${unnamed.agreementId}`).locator('.tie-name');
    await expect(other.locator('[lang="en"]')).toHaveText(unnamed.agreementName);
    await expect(other).toContainText('只有英文名稱');
    await expect(tierMarks(other, 'zh-HK')).toHaveCount(0);
  });

  test('"Official sources only" hides exactly the facts only secondary publishers state, and says how many', async ({ page }) => {
    // The oracle, from the published records: a core tie stays when an official page states its status or any of its dates.
    const keeps = (t: Tie) =>
      [t.statusSource, t.signedSource, t.inForceSource, t.terminatedSource, t.suspendedSource].some((u) => u !== null && !secondary(u));
    const partners = (list: Tie[]) => new Set(list.filter(core).map((t) => t.partner)).size;
    const hiddenTieFacts = atlas.ties.reduce((n, t) => {
      const facts = [t.statusSource, t.signedSource, t.inForceSource, t.terminatedSource, t.suspendedSource].filter((u) => u !== null);
      return n + (keeps(t) ? facts.filter(secondary).length : facts.length);
    }, 0);
    const hidden =
      hiddenTieFacts +
      atlas.offices.reduce((n, o) => n + (secondary(o.sourceUrl) ? 1 + (o.opened ? 1 : 0) : secondary(o.openedSource) ? 1 : 0), 0) +
      atlas.missions.reduce(
        (n, m) => n + (secondary(m.datesSource) ? 1 + (m.mousSigned !== null ? 1 : 0) : secondary(m.mousSource) ? 1 : 0),
        0,
      ) +
      [...atlas.disagreements, ...atlas.beltAndRoad, ...atlas.milestones].filter((r) => secondary(r.sourceUrl)).length;
    expect(hidden).toBeGreaterThan(0);

    await openAt(page);
    const count = page.getByTestId('match-count').locator('strong');
    await expect(count).toHaveText(String(partners(atlas.ties)));
    await showFilters(page);
    const since = await lastIdle(page);
    await page.getByRole('checkbox', { name: 'Official sources only' }).check();
    await waitForIdleAfter(page, since);
    await expect(page).toHaveURL(/sources=official/);
    await expect(count).toHaveText(String(partners(atlas.ties.filter(keeps))));
    await expect(page.getByTestId('source-filter-help')).toHaveText(`${hidden} facts from secondary publishers hidden`);

    // Russia's status comes from a secondary publisher: with official pages alone it is signed, not in force.
    const ru = atlas.ties.find((t) => t.agreementId === 'cdta-ru')!;
    if (secondary(ru.statusSource) && ru.signedSource && !secondary(ru.signedSource)) {
      await expect.poll(async () => (await featureState(page, 'RU')).standing).toBe('pipeline');
    }
  });

  test("the timeline's group of ties in force with no date equals the records", async ({ page }) => {
    const undated = atlas.ties.filter((t) => core(t) && t.status === 'in_force' && !t.inForce);
    expect(undated.length).toBeGreaterThan(0);
    await openAt(page);
    const group = page.getByTestId('timeline-undated');
    await group.scrollIntoViewIfNeeded();
    await expect(group).toContainText('In force, date not recorded');
    await expect(page.getByTestId('timeline-undated-total')).toHaveText(String(undated.length));
    for (const type of CORE_TIE_TYPES) {
      const n = undated.filter((t) => t.tieType === type).length;
      const item = group.locator(`li[data-type="${type}"]`);
      if (n === 0) await expect(item).toHaveCount(0);
      else await expect(item).toContainText(String(n));
    }
    // Placed by this year plus the undated group gives every CDTA in force, as on the map.
    const cdtaInForce = atlas.ties.filter((t) => t.tieType === 'cdta' && t.status === 'in_force').length;
    await expect(page.getByTestId('timeline-chart').locator('tr[data-type="cdta"] td[data-col="total"]')).toHaveText(String(cdtaInForce));
  });

  test('About lists the disagreements and the facts no page states, each with its tier', async ({ page }) => {
    await openView(page, '?view=about');
    const table = page.getByTestId('disagreements');
    await expect(table.locator('tbody tr')).toHaveCount(atlas.disagreements.length);
    await expect(tierMarks(table).first()).toBeVisible();
    const missing = page.getByTestId('missing-facts');
    await missing.locator('summary').click();
    const searchedCount = atlas.ties.filter((t) => (t as unknown as { searched: string | null }).searched).length;
    expect(await missing.locator('li').count()).toBeGreaterThanOrEqual(searchedCount);
    // A bloc member's row names the partner economy, not its code: the Philippines under the ASEAN agreements.
    const bloc = atlas.ties.find((t) => t.bloc && t.searched);
    if (!bloc) throw new Error('the data has no bloc tie with a fact no page states');
    const row = missing.locator(`li[data-record="${bloc.agreementId}-${bloc.partner}"]`);
    await expect(row).toContainText(`(${atlas.economies.find((e) => e.iso2 === bloc.partner)!.names.en}): `);
  });
});

test('a register many times longer: About lists the first 300 facts no page states, "Show all" the rest', async ({ page }) => {
  // Every tie three times over, each copy under its own agreement id: 396 ties with a fact no page states.
  const big = publishedAtlas();
  const ties = big.ties;
  for (let copy = 1; copy <= 2; copy++)
    big.ties = [...big.ties, ...ties.map((t) => ({ ...t, agreementId: `${t.agreementId}-copy${copy}` }))];
  const total =
    big.ties.filter((t) => t.searched).length +
    big.offices.filter((o) => o.searched).length +
    big.missions.filter((m) => m.searched).length;
  expect(total).toBeGreaterThan(300);
  await page.route('**/data/atlas.json', (route) => route.fulfill({ json: big }));
  await openView(page, '?view=about');
  const missing = page.getByTestId('missing-facts');
  await missing.locator('summary').click();
  await expect(missing.locator('li')).toHaveCount(300);
  const showAll = missing.getByRole('button', { name: `Show all ${total} facts` });
  await showAll.click();
  await expect(missing.locator('li')).toHaveCount(total);
  await expect(showAll).toHaveCount(0);
  await expect(missing.locator('li').nth(300)).toBeFocused();
});
