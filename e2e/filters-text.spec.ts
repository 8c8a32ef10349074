import type { Page } from '@playwright/test';
import { MESSAGES } from '../src/i18n/messages';
import type { Locale } from '../src/domain/locales';
import { expect, openView, test } from './support/atlas-driver';

/** The any / must / must-not select beside each agreement type. */
const ruleSelects = (page: Page, lang: Locale) => page.getByRole('group', { name: MESSAGES[lang].filters.types }).getByRole('combobox');

/**
 * Whether each any / must / must-not select shows its chosen text whole: the text's width (measured
 * in the select's own font) fits inside the select, less its padding and the arrow.
 */
async function clippedRuleSelects(page: Page, lang: Locale): Promise<string[]> {
  return ruleSelects(page, lang).evaluateAll((selects: HTMLSelectElement[]) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const ARROW = 20;
    return selects.flatMap((sel) => {
      const style = getComputedStyle(sel);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
      const text = sel.selectedOptions[0].text;
      return ctx.measureText(text).width > room
        ? [`${sel.getAttribute('aria-label')}: "${text}" needs ${Math.ceil(ctx.measureText(text).width)} px, has ${room}`]
        : [];
    });
  });
}

/** The agreement types whose name runs under their rule select (text and select overlapping). */
async function namesUnderSelects(page: Page, lang: Locale): Promise<string[]> {
  return ruleSelects(page, lang).evaluateAll((selects: HTMLSelectElement[]) =>
    selects.flatMap((sel) => {
      const s = sel.getBoundingClientRect();
      const name = document.createRange();
      name.selectNodeContents(sel.parentElement!.querySelector('label')!);
      const under = [...name.getClientRects()].some(
        (r) => r.width > 0 && r.right > s.left + 0.5 && r.left < s.right && r.bottom > s.top + 0.5 && r.top < s.bottom - 0.5,
      );
      return under ? [sel.getAttribute('aria-label')!] : [];
    }),
  );
}

/**
 * The agreement types whose checkbox (and, where it stands beside the name, rule select) is not on the
 * name's first line, the badge's: centred on a name of three lines they stood beside its second.
 */
async function offTheFirstLine(page: Page, lang: Locale, selectBeside: boolean): Promise<string[]> {
  return ruleSelects(page, lang).evaluateAll(
    (selects: HTMLSelectElement[], beside) =>
      selects.flatMap((sel) => {
        const label = sel.parentElement!.querySelector('label')!;
        const middle = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.top + r.height / 2;
        };
        const line = middle(label.querySelector('.badge')!);
        const off = Math.abs(middle(label.querySelector('input')!) - line) > 4 || (beside && Math.abs(middle(sel) - line) > 6);
        return off ? [sel.getAttribute('aria-label')!] : [];
      }),
    selectBeside,
  );
}

test.describe('filter texts', () => {
  for (const [width, lang] of [
    [1440, 'en'],
    [1024, 'en'],
    [1440, 'zh-HK'],
    [1024, 'zh-CN'],
  ] as const) {
    test(`"must not have" is shown whole in every rule select at ${width} px, no type's name runs under it, and each row's controls are on its first line (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openView(page, `?view=table&lang=${lang}`);
      const selects = ruleSelects(page, lang);
      for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption(i % 2 ? 'not' : 'must');
      expect(await clippedRuleSelects(page, lang)).toEqual([]);
      for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption(i % 2 ? 'must' : 'not');
      expect(await clippedRuleSelects(page, lang)).toEqual([]);
      // "Comprehensive" ran 22 px under its select at 1440 px, and every English name did at 1024.
      expect(await namesUnderSelects(page, lang)).toEqual([]);
      expect(await offTheFirstLine(page, lang, width > 1100)).toEqual([]);
    });
  }

  test('before any filter is touched, the count says that three further types are off by default', async ({ page }) => {
    await openView(page, '?view=table');
    const note = page.getByTestId('further-off');
    await expect(note).toHaveText(
      '3 further types are off by default (DTA-L, ASA and MLA): tick them under Agreement types to count them.',
    );
    // Ticking one of them leaves two in the note; ticking all removes it.
    const types = page.getByRole('group', { name: 'Agreement types' });
    await types.getByRole('checkbox', { name: /Air services/ }).check();
    await expect(note).toContainText('2 further types');
    await types.getByRole('checkbox', { name: /Limited double taxation/ }).check();
    await types.getByRole('checkbox', { name: /Mutual legal assistance/ }).check();
    await expect(note).toHaveCount(0);
  });
});
