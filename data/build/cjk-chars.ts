/**
 * Every Chinese character the app can show: the interface strings in both Chinese locales and the
 * Chinese names in the published data. The shipped CJK font subset must cover all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_NAMES } from '../../src/domain/locales';

/** Code points drawn with the CJK font: CJK punctuation and ideographs, full-width forms. */
export const CJK_RANGES: [number, number][] = [
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];
export const isCjk = (ch: string) => CJK_RANGES.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);

export function usedCjkChars(root: string): string[] {
  const text: string[] = [];
  for (const file of ['src/i18n/messages/zh-HK.ts', 'src/i18n/messages/zh-CN.ts']) text.push(readFileSync(join(root, file), 'utf8'));
  const atlas = JSON.parse(readFileSync(join(root, 'public/data/atlas.json'), 'utf8')) as {
    economies: { names: { zhHK: string; zhCN: string } }[];
    ties: { agreementNameZh: string | null }[];
    offices: { nameZh: string | null; cityZh: { zhHK: string; zhCN: string } | null }[];
    stories?: { text: { zhHK: string; zhCN: string } }[];
  };
  for (const e of atlas.economies) text.push(e.names.zhHK, e.names.zhCN);
  for (const t of atlas.ties) text.push(t.agreementNameZh ?? '');
  for (const o of atlas.offices) text.push(o.nameZh ?? '', o.cityZh?.zhHK ?? '', o.cityZh?.zhCN ?? '');
  for (const s of atlas.stories ?? []) text.push(s.text.zhHK, s.text.zhCN);
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
