/**
 * Every Chinese character the app can show: the interface strings in both Chinese locales, every
 * text of the published data (names, stories, grouping names, source addresses, the values "What
 * changed" lists), the sources' publishers (some named in Japanese: kana are drawn with this font) and
 * what Intl writes around them (dates, lists). The shipped CJK font subset must cover all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/i18n/format';
import { LOCALE_NAMES } from '../../src/domain/locales';
import { SOURCE_HOSTS } from '../../src/domain/source-hosts';
import { publishedAtlas } from '../../src/testing/published-data';

/** Code points drawn with the CJK font: CJK punctuation and ideographs, full-width forms. */
export const CJK_RANGES: [number, number][] = [
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];
export const isCjk = (ch: string) => CJK_RANGES.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);

/** Every string in a JSON value (web addresses too: About lists the sources' full addresses). */
function jsonTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonTexts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonTexts(v, out));
  return out;
}

/**
 * What the app's formatters write in both Chinese locales, in every shape the app uses: full dates
 * and month-only dates for each month ("2010年3月29日", "2022年1月"), lists of two and of three
 * ("甲、乙和丙"), numbers. Chinese has one plural form, whose words are in the message files.
 */
export function intlCjkText(): string {
  const out: string[] = [];
  for (const locale of ['zh-HK', 'zh-CN'] as const) {
    const fmt = formatters(locale);
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      out.push(fmt.date(`2020-${mm}-28`), fmt.date(`2020-${mm}`));
    }
    out.push(fmt.list(['a', 'b']), fmt.list(['a', 'b', 'c']), fmt.number(-1234567.891), fmt.date(null));
  }
  return out.join('');
}

export function usedCjkChars(root: string): string[] {
  const text: string[] = [intlCjkText(), ...SOURCE_HOSTS.map((h) => h.publisher)];
  for (const file of ['src/i18n/messages/zh-HK.ts', 'src/i18n/messages/zh-CN.ts']) text.push(readFileSync(join(root, file), 'utf8'));
  // Every text of the records (the schema-checked atlas) and of the change list About shows.
  text.push(...jsonTexts(publishedAtlas(root)), ...jsonTexts(JSON.parse(readFileSync(join(root, 'public/data/changes.json'), 'utf8'))));
  return [...new Set([...text.join('')].filter(isCjk))].sort();
}

/**
 * The Chinese characters of the language switch (繁體中文, 简体中文): the only Chinese the English
 * interface shows. They get a face of their own, so English readers never fetch the main subset.
 */
export function switcherChars(): string[] {
  return [...new Set([...Object.values(LOCALE_NAMES).join('')].filter(isCjk))].sort();
}

/** `ranges` with the given code points taken out (ranges inclusive, sorted, non-overlapping). */
export function rangesWithout(ranges: [number, number][], codePoints: number[]): [number, number][] {
  const out: [number, number][] = [];
  const cut = [...new Set(codePoints)].sort((a, b) => a - b);
  for (const [first, last] of ranges) {
    let start = first;
    for (const cp of cut) {
      if (cp < start || cp > last) continue;
      if (cp > start) out.push([start, cp - 1]);
      start = cp + 1;
    }
    if (start <= last) out.push([start, last]);
  }
  return out;
}

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** CSS `unicode-range` value: `U+4E2D, U+2E80-4E2C, …`. */
export const toUnicodeRange = (ranges: [number, number][]) =>
  ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');

/** Inverse of toUnicodeRange, for the tests (single points, `a-b` spans; no wildcards). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b, 16)];
  });
}

/** Code points as ranges: consecutive ones merged. */
export function codePointRanges(codePoints: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const cp of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}
