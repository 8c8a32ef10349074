/**
 * The font map labels are drawn with: a Latin subset of DejaVu Sans Condensed that the app ships
 * (src/assets/fonts), declared through the style's `font-faces`, so no glyphs URL is needed and
 * labels look the same on every machine.
 */
export const LABEL_FONT = 'Atlas Sans';

/**
 * Chinese: the main shipped CJK subset (src/assets/fonts/CJK.md), which holds every Chinese character
 * the app uses. The stylesheet splits these ranges between it and the language switch's tiny face.
 */
export const CJK_FONT_RANGES = ['U+2E80-9FFF', 'U+F900-FAFF', 'U+FE30-FE4F', 'U+FF00-FFEF'];

/** The ranges the shipped subset covers (see src/assets/fonts/README.md). */
export const LABEL_FONT_RANGES = ['U+0020-007E', 'U+00A0-00FF', 'U+0100-017F', 'U+2013-2014', 'U+2018-201F', 'U+2026'];

/** The same ranges as code points, read once (the glyphs drawn ahead ask for every character). */
const LABEL_FONT_CODE_POINTS = LABEL_FONT_RANGES.map((r) =>
  r
    .slice(2)
    .split('-')
    .map((h) => parseInt(h, 16)),
);

export function coveredByLabelFont(text: string): boolean {
  const ranges = LABEL_FONT_CODE_POINTS;
  return [...text].every((ch) => {
    const cp = ch.codePointAt(0)!;
    return ranges.some(([start, end = start]) => cp >= start && cp <= end!);
  });
}
