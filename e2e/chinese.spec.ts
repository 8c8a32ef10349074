/**
 * The Chinese interfaces: no English phrase built in code shows in them, and with no Chinese system
 * font every Chinese character a view shows is in the bundled subset (src/assets/fonts, read here
 * with the font build's own parser). One page walks every view in both languages, moving in the app
 * as Back and Forward do (no reload), so the map loads once.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../src/domain/locales';
import fontverter from 'fontverter';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { isCjk } from '../data/build/cjk-chars';
import { publishedAtlas, publishedChanges } from '../src/testing/published-data';
import { serveDataFile } from './support/data-files';
import {
  economyTableRows,
  expect,
  mapCredit,
  officeCity,
  openAt,
  openView,
  storyFigures,
  storyPanel,
  test,
  timelineEvents,
} from './support/atlas-driver';

const FONTS = new URL('../src/assets/fonts/', import.meta.url);

/** The characters the two bundled 'Atlas CJK' faces have glyphs for (their cmaps). */
async function bundledChars(): Promise<Set<string>> {
  const chars = new Set<string>();
  for (const file of ['atlas-cjk.woff2', 'atlas-cjk-switcher.woff2']) {
    const sfnt = await fontverter.convert(readFileSync(new URL(file, FONTS)), 'sfnt');
    const face = new Face(new HbBlob(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer));
    for (const cp of face.collectUnicodes()) chars.add(String.fromCodePoint(cp));
  }
  return chars;
}

/** Everything the document shows or names: its text, title, and every aria-label, title and placeholder. */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });

/** Moves within the app as Back/Forward do: the new address is read by the app, with no reload. */
async function goInApp(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', `/${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** Words of the English interface that code once built into Chinese views ("X opened", "(13 MOUs and agreements)"). */
const ENGLISH_PHRASE = /\bopened\b|\bMOUs?\b|\bagreements\b/;

/** Text of an element leaving out what is marked lang="en" (names the data gives in English only). */
const textOutsideEnglish = (items: Locator) =>
  items.evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="en"]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    }),
  );

/** Collects, per view, the Chinese characters shown that the bundled font has no glyph for. */
async function glyphCheck(page: Page) {
  const font = await bundledChars();
  const missing: Record<string, string[]> = {};
  return {
    check: async (view: string) => {
      const absent = [...new Set([...(await shownText(page))].filter((c) => isCjk(c) && !font.has(c)))];
      if (absent.length) missing[view] = absent;
    },
    expectNoneMissing: () =>
      expect(missing, 'Chinese characters shown that the bundled font lacks (npm run fonts:build), by view').toEqual({}),
  };
}

test('the map in Chinese: events, lifecycle and controls worded in Chinese, every character in the bundled font', async ({ page }) => {
  test.setTimeout(90_000);
  const glyphs = await glyphCheck(page);
  // The United Arab Emirates: an office opening (Dubai) and three missions, on the lifecycle and the timeline.
  // Both languages on one map: the second comes by switching in the app, as a reader would.
  await openAt(page, '?lang=zh-HK&economy=AE');
  for (const lang of ['zh-HK', 'zh-CN'] as const) {
    const hk = lang === 'zh-HK';
    await goInApp(page, `?lang=${lang}&economy=AE`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const lifecycle = page.getByTestId('lifecycle');
    await expect(lifecycle.locator('[data-marker="eto-dubai"]')).toContainText(hk ? '開設' : '开设');
    const events = timelineEvents(page);
    await events.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(events.locator('[data-event="eto-dubai"]')).toContainText(hk ? '開設' : '开设');
    // Missions are named in the reader's script, not in English (the data writes both scripts).
    const visit = hk ? '行政長官訪問沙特阿拉伯及阿拉伯聯合酋長國' : '行政长官访问沙特阿拉伯及阿拉伯联合酋长国';
    await expect(lifecycle.locator('[data-marker="ce-2023-02-middle-east"]')).toContainText(visit);
    await expect(events.locator('[data-event="ce-2023-02-middle-east"]')).toContainText(visit);
    const tracker = page.getByTestId('missions-tracker');
    await expect(tracker.getByRole('button', { name: visit })).toBeVisible();
    // Its destinations are an enumeration in Chinese (、), not joined with ", ".
    await expect(tracker.getByRole('row').filter({ hasText: visit })).toContainText(
      hk ? '沙特阿拉伯、阿拉伯聯合酋長國' : '沙特阿拉伯、阿拉伯联合酋长国',
    );
    // The panel's lines take Chinese punctuation: "name，date" and "office（city，opened）", not ", " and "(".
    const panel = page.locator('.partner-panel');
    await expect(panel.locator('ul.plain-list > li').filter({ hasText: visit })).toContainText(`${visit}，2023年2月4日`);
    await expect(panel.locator('.tie-source').first()).toContainText(hk ? '來源：' : '来源：');
    await expect(panel.locator('ul.plain-list > li').filter({ hasText: hk ? '杜拜' : '迪拜' })).toContainText(
      hk ? '（杜拜，2021年10月28日開設）' : '（迪拜，2021年10月28日开设）',
    );
    for (const text of [
      ...(await textOutsideEnglish(lifecycle.getByRole('listitem'))),
      ...(await textOutsideEnglish(events.getByRole('listitem'))),
    ]) {
      // Acronyms (CEPA, RCEP, AEO) are written in Latin capitals in Chinese too; a word with small letters is English.
      expect(text, 'English outside a lang="en" name').not.toMatch(/[A-Za-z]*[a-z][A-Za-z]*[a-z]/);
    }
    expect(await lifecycle.innerText()).not.toMatch(ENGLISH_PHRASE);
    expect(await events.innerText()).not.toMatch(ENGLISH_PHRASE);
    // MapLibre's controls speak the interface's language, after a switch too.
    await expect(page.getByRole('button', { name: hk ? '縮小' : '缩小', exact: true })).toBeVisible();
    await expect(mapCredit(page)).toContainText(hk ? '邊界' : '边界');
    await expect(page.getByLabel(hk ? '顯示或隱藏出處' : '显示或隐藏出处', { exact: true })).toHaveCount(1);
    await expect(page.getByTestId('missions-tracker')).toBeVisible();
    // The region filter in the reader's order: 大洋洲 (大, 3 strokes; dayangzhou) first; English names put Oceania last.
    const regionGroups = await page
      .locator('label', { hasText: hk ? '地區' : '地区' })
      .locator('select optgroup')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(regionGroups[0], `regions: ${regionGroups.join(' ')}`).toBe('大洋洲');
    await glyphs.check(`${lang} map with the economy panel and the charts`);
    await goInApp(page, `?lang=${lang}&office=eto-san-francisco`);
    // The city in the script of each interface (San Francisco is 三藩市 in Hong Kong, 旧金山 in the Mainland).
    await expect(officeCity(page, lang)).toHaveText(hk ? '三藩市' : '旧金山');
    await glyphs.check(`${lang} map with an office panel`);
    if (hk) {
      // The economies an office covers in the reader's order: 英國 (9 strokes) before 挪威 (10); English names put Norway first.
      await goInApp(page, '?lang=zh-HK&office=eto-london');
      await expect(page.locator('.covered-list li', { hasText: '挪威' })).toBeVisible();
      const covered = await page.locator('.covered-list li').allInnerTexts();
      expect(covered.indexOf('英國'), `covered: ${covered.join(' ')}`).toBeLessThan(covered.indexOf('挪威'));
    }
  }
  glyphs.expectNoneMissing();
});

test('every other view in Chinese: every character shown is in the bundled font', async ({ page }) => {
  test.setTimeout(90_000);
  const glyphs = await glyphCheck(page);
  // Views without the map first; the map's views (compare, a story step) last, once.
  await openView(page, '?lang=zh-HK&view=table');
  /** Each view, its address and what shows once it is drawn. */
  type Visit = [string, string, (lang: Locale) => Locator];
  const views: Visit[] = [
    ['table', 'view=table', (lang) => economyTableRows(page, lang)],
    ['offices table', 'view=table&table=offices', () => page.locator('tr[data-office="eto-san-francisco"]')],
    ['about', 'view=about', () => page.getByTestId('release-changes').locator('summary')],
  ];
  const mapViews: Visit[] = [
    ['compare', 'compare=AU,NZ,SG', () => page.getByTestId('compare-lifecycles')],
    ['story step', 'story=growth&step=2', (lang) => storyFigures(storyPanel(page, 'growth', lang).and(page.locator('[data-step="2"]')))],
  ];
  const visits = [
    ...(['zh-HK', 'zh-CN'] as const).flatMap((lang) => views.map((v) => [lang, ...v] as const)),
    ...(['zh-HK', 'zh-CN'] as const).flatMap((lang) => mapViews.map((v) => [lang, ...v] as const)),
  ];
  for (const [lang, view, query, shown] of visits) {
    await goInApp(page, `?lang=${lang}&${query}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(shown(lang).first()).toBeVisible();
    await glyphs.check(`${lang} ${view}`);
    if (view === 'table') {
      // Names in the reader's order, never by code point: by stroke count in Hong Kong (日本, 4 strokes,
      // before 亞美尼亞, 8; code points put 亞 U+4E9E first), by pinyin on the Mainland (Yameiniya
      // before Zhongguo; code points put 中 U+4E2D first).
      const names = await economyTableRows(page, lang).getByRole('rowheader').allInnerTexts();
      const [first, second] = lang === 'zh-HK' ? ['日本', '亞美尼亞'] : ['亚美尼亚', '中国内地'];
      expect(names, `${lang} table`).toEqual(expect.arrayContaining([first, second]));
      expect(names.indexOf(first), `${lang} table order: ${first} before ${second}`).toBeLessThan(names.indexOf(second));
    }
    if (view === 'offices table') {
      await expect(page.locator('tr[data-office="eto-san-francisco"] [data-col="city"]')).toHaveText(
        lang === 'zh-HK' ? '三藩市' : '旧金山',
      );
    }
  }
  glyphs.expectNoneMissing();
});

/** Families that draw Chinese: the bundled subset (its internal name) and the system ones styles.css names. */
const CJK_FAMILIES = /Droid Sans Fallback|PingFang|JhengHei|YaHei|CJK|Source Han/;

/**
 * Every visible element with Chinese text of its own, drawn with fonts that have it: the glyphs
 * Chromium reports drawn by a Chinese family must be at least its Chinese characters. Returns the
 * elements that fall short (an empty box is a Latin font's missing glyph), and how many were read.
 */
async function chineseDrawnWithoutFont(page: Page): Promise<{ read: number; boxes: string[] }> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const read = await page.evaluate(() => {
    const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/g;
    document.querySelectorAll('[data-font-probe]').forEach((el) => el.removeAttribute('data-font-probe'));
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent ?? '')
        .join('');
      const count = own.match(cjk)?.length ?? 0;
      if (!count || !el.checkVisibility()) continue;
      el.dataset.fontProbe = String(count);
      n++;
    }
    return n;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  const boxes: string[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const expected = Number(attributes[attributes.indexOf('data-font-probe') + 1]);
    const drawnChinese = fonts.filter((f) => CJK_FAMILIES.test(f.familyName)).reduce((sum, f) => sum + f.glyphCount, 0);
    if (drawnChinese < expected) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      boxes.push(`${outerHTML.slice(0, 80)} → ${fonts.map((f) => `${f.familyName} ×${f.glyphCount}`).join(', ')}`);
    }
  }
  await cdp.detach();
  return { read, boxes };
}

test('Chinese text is drawn with a Chinese font: laid out before the bundled face arrived, and after (no empty boxes)', async ({
  page,
}) => {
  // A fresh load in Chinese: the static shell's title and the first render come before the font.
  await openAt(page, '?lang=zh-HK&economy=SG');
  // The charts' "loading" line is replaced when they arrive: read the page once it stands still.
  await expect(page.getByTestId('charts-loading')).toHaveCount(0);
  const first = await chineseDrawnWithoutFont(page);
  expect(first.read, 'elements with Chinese text').toBeGreaterThan(20);
  expect(first.boxes, 'Chinese drawn with a font that lacks it, on load').toEqual([]);
  // Text laid out once the font is in: another economy's panel, then the other script.
  for (const query of ['?lang=zh-HK&economy=NZ', '?lang=zh-CN&economy=NZ']) {
    await goInApp(page, query);
    await expect(page.locator('.tie-name').first()).toBeVisible();
    const later = await chineseDrawnWithoutFont(page);
    expect(later.read).toBeGreaterThan(20);
    expect(later.boxes, `Chinese drawn with a font that lacks it, after ${query}`).toEqual([]);
  }
});

test('Chinese names in an English page are drawn with a Chinese font: the change list’s city and office names', async ({ page }) => {
  const changes = publishedChanges();
  // The Chinese the change list shows: each field value with Chinese characters.
  const chineseValues = changes.changes.flatMap((c) => c.fields.flatMap((f) => [f.before, f.after])).filter((v) => [...v].some(isCjk));
  await openView(page, '?view=about');
  const section = page.getByTestId('release-changes');
  await section.locator('summary').click();
  await expect(section.locator('table')).toBeVisible();
  const drawn = await chineseDrawnWithoutFont(page);
  // Each value with Chinese is one element or more (a name per script).
  expect(drawn.read, 'elements with Chinese text').toBeGreaterThanOrEqual(chineseValues.length);
  expect(drawn.boxes, 'Chinese drawn with a font that lacks it').toEqual([]);
});

test('the overview’s narrow count column keeps its Chinese heading on one line (現時, not 現 / 時)', async ({ page }) => {
  await openAt(page, '?lang=zh-HK');
  const heading = page.locator('.overview th.overview-count');
  await expect(heading).toHaveText('現時');
  const lines = await heading.evaluate((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
});

test('the facts no page states are in the reader’s order: by the names shown, in Hong Kong’s stroke order', async ({ page }) => {
  await openView(page, '?lang=zh-HK&view=about');
  const missing = page.getByTestId('missing-facts');
  await missing.locator('summary').click();
  // The offices' rows: most named in Chinese, a few only in English (those follow the Chinese ones).
  const names = await missing.locator('li[data-record^="eto-"], li[data-record^="lu-"]').locator('strong').allInnerTexts();
  expect(names.length).toBeGreaterThan(5);
  expect(names).toEqual([...names].sort(new Intl.Collator('zh-HK').compare));
});

test('where a missing fact was looked for reads in the reader’s script; in English, marked and labelled, where no Chinese is written', async ({
  page,
}) => {
  const atlas = publishedAtlas();
  const peru = atlas.ties.find((t) => t.agreementId === 'fta-pe')!;
  const zh = peru.searchedZh!;
  // About's list, in Simplified Chinese: the Chinese sentence, with no "English only" label.
  await openView(page, '?lang=zh-CN&view=about');
  const missing = page.getByTestId('missing-facts');
  await missing.locator('summary').click();
  const row = missing.locator('li[data-record="fta-pe-PE"]');
  await expect(row).toContainText(zh.zhCN);
  await expect(row).not.toContainText('只有英文');
  // The tie's panel, in Traditional Chinese: the note is Chinese, nothing in it marked as English.
  await openAt(page, '?lang=zh-HK&economy=PE');
  const note = page.getByTestId('tie-fta-pe').locator('[data-field="searched"]');
  await expect(note).toHaveText(`未有找到：${zh.zhHK}`);
  await expect(note.locator('[lang="en"]')).toHaveCount(0);
  // A record with no Chinese written keeps the English, marked lang="en" and labelled.
  await serveDataFile(page, 'atlas.json', { ...atlas, ties: atlas.ties.map((t) => (t === peru ? { ...t, searchedZh: null } : t)) });
  await openAt(page, '?lang=zh-HK&economy=PE');
  await expect(note.locator('[lang="en"]')).toHaveText(peru.searched!);
  await expect(note).toContainText('（只有英文）');
});
