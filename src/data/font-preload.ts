/**
 * The Chinese font, fetched when the reader reaches for the language menu (pointer over it, focus,
 * touch) rather than after choosing Chinese: the switch then lays the page and the map labels out
 * once, with the font already in, instead of waiting for a 60 kB download first.
 */
import cjkFontUrl from '../assets/fonts/atlas-cjk.woff2?url';
import { fontFileUrl, loadFontFile } from './font-files';

let started = false;
/** What else gets ready for Chinese when the reader reaches for the menu (the map's label glyphs). */
const preparations = new Set<() => void>();

/** The page's face: a character only the main subset holds (the switch's own characters are in the tiny face). */
const PAGE_FACE = '1em "Atlas CJK"';
const MAIN_SUBSET_CHARACTER = '港';

export function preloadChineseFont(): void {
  if (started) return;
  started = true;
  // The map's copy (its labels draw from the file itself) and the page's face: one download, the second from the HTTP cache.
  void loadFontFile(fontFileUrl(cjkFontUrl)).catch(() => {
    // A failed preload costs nothing: the switch fetches the font as it did before.
    started = false;
  });
  void document.fonts?.load(PAGE_FACE, MAIN_SUBSET_CHARACTER).catch(() => undefined);
  for (const prepare of preparations) prepare();
}

/**
 * Runs `prepare` when the reader reaches for the language menu in English, or at once if they
 * already have. Returns the function that stops listening.
 */
export function whenChineseIsNear(prepare: () => void): () => void {
  if (started) prepare();
  else preparations.add(prepare);
  return () => preparations.delete(prepare);
}
