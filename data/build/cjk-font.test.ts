import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Both come with subset-font (the font build's dependency): decode the shipped woff2 and read its cmap.
import fontverter from 'fontverter';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { CJK_FONT_RANGES } from '../../src/components/map/label-font';
import { LOCALE_NAMES } from '../../src/domain/locales';
import { cjkFontCss } from './build-cjk-font';
import { intlCjkText, isCjk, parseUnicodeRange, rangesWithout, switcherChars, usedCjkChars } from './cjk-chars';

const ROOT = join(__dirname, '..', '..');
const FONTS = join(ROOT, 'src/assets/fonts');
const REBUILD = 'else run npm run fonts:build';

/** The characters a shipped woff2 file has glyphs for. */
async function fontChars(file: string): Promise<string[]> {
  const sfnt = await fontverter.convert(readFileSync(join(FONTS, file)), 'sfnt');
  const face = new Face(new HbBlob(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer));
  return [...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)).sort();
}

/** The 'Atlas CJK' @font-face rules of the generated stylesheet: file → the code points of its unicode-range. */
function declaredFaces(): Map<string, Set<number>> {
  const css = readFileSync(join(FONTS, 'atlas-cjk.css'), 'utf8');
  const faces = new Map<string, Set<number>>();
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    expect(body).toMatch(/font-family:\s*'Atlas CJK'/);
    const file = /src:\s*url\('\.\/([^']+)'\)/.exec(body)![1];
    faces.set(file, codePoints(parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(body)![1])));
  }
  return faces;
}

function codePoints(ranges: [number, number][]): Set<number> {
  const set = new Set<number>();
  for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) set.add(cp);
  return set;
}

const switcherCodePoints = () => new Set([...Object.values(LOCALE_NAMES).join('')].filter(isCjk).map((c) => c.codePointAt(0)!));

describe('the shipped CJK font subsets', () => {
  it('cover every Chinese character the interface and the data use (else run npm run fonts:build)', async () => {
    const shipped = new Set(readFileSync(join(FONTS, 'atlas-cjk.chars.txt'), 'utf8').trim());
    expect(usedCjkChars(ROOT).filter((c) => !shipped.has(c))).toEqual([]);
    // The main file itself, not just its character list; map labels draw every Chinese name from it.
    const inFont = new Set(await fontChars('atlas-cjk.woff2'));
    expect(
      usedCjkChars(ROOT).filter((c) => !inFont.has(c)),
      REBUILD,
    ).toEqual([]);
  });

  it("counts what Intl writes, the data's every Chinese text and the publishers' names, not only the message files", () => {
    // 月 and 日 of every formatted date, the list's 、 and 和 (zh-CN) / 及 (zh-HK).
    expect([...intlCjkText()].filter(isCjk)).toEqual(expect.arrayContaining(['年', '月', '日', '、', '和', '及']));
    const used = usedCjkChars(ROOT);
    // A grouping's name (APEC: 亞太…), an office's city (三藩市 / 旧金山) and a Japanese publisher's name (…ポスト).
    expect(used).toEqual(expect.arrayContaining(['太', '三', '藩', '旧', 'ポ', 'ス', 'ト']));
  });

  it('the switcher face holds exactly the characters of the language switch', async () => {
    const expected = [...switcherCodePoints()].map((cp) => String.fromCodePoint(cp)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(switcherChars()).toEqual(expected);
    expect(await fontChars('atlas-cjk-switcher.woff2'), REBUILD).toEqual(expected);
    expect(declaredFaces().get('atlas-cjk-switcher.woff2'), REBUILD).toEqual(switcherCodePoints());
  });

  it("the main face's unicode-range leaves out the switch's characters, and the two cover the CJK ranges", () => {
    const faces = declaredFaces();
    expect([...faces.keys()].sort()).toEqual(['atlas-cjk-switcher.woff2', 'atlas-cjk.woff2']);
    const main = faces.get('atlas-cjk.woff2')!;
    const switcher = faces.get('atlas-cjk-switcher.woff2')!;
    expect([...switcher].filter((cp) => main.has(cp))).toEqual([]);
    // Together: exactly the ranges the map labels use the main file for (the old single face's ranges).
    const all = codePoints(parseUnicodeRange(CJK_FONT_RANGES.join(', ')));
    expect(new Set([...main, ...switcher])).toEqual(all);
  });

  it('the committed stylesheet is what fonts:build writes now', () => {
    expect(readFileSync(join(FONTS, 'atlas-cjk.css'), 'utf8'), REBUILD).toBe(cjkFontCss(switcherChars()));
  });
});

describe('rangesWithout', () => {
  it('cuts code points at the edges and inside ranges, and ignores those outside', () => {
    expect(
      rangesWithout(
        [
          [10, 20],
          [30, 30],
          [40, 45],
        ],
        [10, 15, 16, 20, 30, 25, 45],
      ),
    ).toEqual([
      [11, 14],
      [17, 19],
      [40, 44],
    ]);
  });
});
