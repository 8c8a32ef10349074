/**
 * The Chinese map labels' glyphs, drawn while the reader reaches for the language menu.
 *
 * MapLibre draws each glyph from the font file on the main thread the first time a label needs it.
 * On the first switch to Chinese that was about 0.2 s of the switch, between the map's frames,
 * before the new labels could be shown (traced). Drawn ahead, in small batches that leave room for
 * input, the switch finds them drawn.
 *
 * This asks MapLibre's glyph manager for them, as its worker does for a tile's glyphs. That manager
 * is not public API: where it is missing (a later MapLibre), nothing is drawn ahead and the switch
 * draws the glyphs itself, as before. `e2e/map.spec.ts` checks the glyphs are drawn.
 */
import { useMap } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { whenChineseIsNear } from '../../data/font-preload';
import type { Locale } from '../../domain/locales';
import type { Economy, EconomyPlace } from '../../domain/records';
import { coveredByLabelFont, LABEL_FONT } from './label-font';

/** About 10 ms of drawing on this project's 2-core machine: short enough not to delay a click. */
const BATCH = 24;

interface GlyphManager {
  getGlyphs(requests: Record<string, Record<string, string[]>>): Promise<unknown>;
}

/** Each character of the labelled economies' Chinese names that the Latin font does not draw, once. */
export function chineseLabelCharacters(places: ReadonlyMap<string, EconomyPlace>, economies: readonly Economy[]): string[] {
  const characters = new Set<string>();
  for (const e of economies) {
    if (!places.has(e.iso2)) continue;
    for (const ch of e.names.zhHK + e.names.zhCN) if (!coveredByLabelFont(ch)) characters.add(ch);
  }
  return [...characters];
}

function glyphManagerOf(map: MaplibreMap): GlyphManager | undefined {
  const manager = (map as unknown as { style?: { glyphManager?: Partial<GlyphManager> } }).style?.glyphManager;
  return typeof manager?.getGlyphs === 'function' ? (manager as GlyphManager) : undefined;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Maps whose Chinese label glyphs are all drawn: back in English, they are not asked for again. */
const drawn = new WeakSet<MaplibreMap>();

/** Draws the characters' glyphs in the labels' font, a batch per task, until done or `stopped()`. */
export async function drawChineseGlyphsAhead(map: MaplibreMap, characters: readonly string[], stopped: () => boolean): Promise<void> {
  const manager = glyphManagerOf(map);
  if (!manager || drawn.has(map)) return;
  try {
    for (let i = 0; i < characters.length; i += BATCH) {
      if (stopped()) return;
      await manager.getGlyphs({ [LABEL_FONT]: { default: characters.slice(i, i + BATCH) } });
      await nextTask();
    }
    drawn.add(map);
  } catch {
    // Nothing is lost: the switch draws whatever is missing, as it did before.
  }
}

/** In English, draws the Chinese labels' glyphs once the reader reaches for the language menu. */
export function useChineseGlyphsAhead(places: ReadonlyMap<string, EconomyPlace>, economies: readonly Economy[], lang: Locale): void {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map || lang !== 'en') return;
    let stopped = false;
    const stop = whenChineseIsNear(() => void drawChineseGlyphsAhead(map, chineseLabelCharacters(places, economies), () => stopped));
    return () => {
      stopped = true;
      stop();
    };
  }, [current, places, economies, lang]);
}
