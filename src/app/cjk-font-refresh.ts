/**
 * Chinese text drawn before a bundled 'Atlas CJK' face has arrived stays drawn as empty boxes in
 * Chromium, even after the face is in: the fallback it picked for that font (size, weight, family)
 * is kept, and text of the same font laid out later gets it too. Seen on a machine with no system
 * CJK font (the static shell's bold title, the panel's buttons). Changing a property that is part
 * of the font but draws nothing differently makes it choose again: explicit kerning and ligatures,
 * which are on by default. Each face loads once per page, so two distinct values are enough.
 */
const FAMILY = 'Atlas CJK';
const REFRESHES = 2;

const isBundledCjk = (face: FontFace) => face.family.replace(/["']/g, '') === FAMILY;

/** Watches the page's fonts; sets `data-cjk-font` on <html> (styles.css) when a face arrives for Chinese text. */
export function refreshChineseTextWhenFontArrives(doc: Document = document): void {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts) return;
  const root = doc.documentElement;
  let refreshes = 0;
  const refresh = () => {
    // An English page shows Chinese only in the language menu, drawn anew each time it opens.
    if (!root.lang.startsWith('zh') || refreshes >= REFRESHES) return;
    root.dataset.cjkFont = String(++refreshes);
  };
  fonts.addEventListener('loadingdone', (event) => {
    if ((event as FontFaceSetLoadEvent).fontfaces.some(isBundledCjk)) refresh();
  });
  // The static shell's text may have asked for a face that arrived before this script ran.
  if ([...fonts].some((face) => isBundledCjk(face) && face.status === 'loaded')) refresh();
}
