/**
 * Every Chinese character the app can show: the interface strings in both Chinese locales and the
 * Chinese names in the published data. The shipped CJK font subset must cover all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
    offices: { nameZh: string | null }[];
  };
  for (const e of atlas.economies) text.push(e.names.zhHK, e.names.zhCN);
  for (const t of atlas.ties) text.push(t.agreementNameZh ?? '');
  for (const o of atlas.offices) text.push(o.nameZh ?? '');
  return [...new Set([...text.join('')].filter(isCjk))].sort();
}
