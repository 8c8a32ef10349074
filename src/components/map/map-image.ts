/**
 * The map as a picture: the WebGL canvas read right after a frame is drawn (so the map needs no
 * `preserveDrawingBuffer`, which would slow every frame on software WebGL), composed on a 2D canvas
 * with a title, the active filters, the legend, the source with its as-of date and the link.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapImageCaption } from './map-image-text';
import { saveBlob } from '../ui/save-blob';

declare global {
  interface Window {
    /** Where the last downloaded picture put the map, in its pixels: tests read the legend below it. */
    __mapImage?: { mapTop: number; mapBottom: number; width: number; height: number };
  }
}


const INK = '#1f2933';
const MUTED = '#52606d';
const PAD = 16;
const LINE = 20;
const SWATCH = 14;

/** Copies the map's pixels in the `render` event of a fresh frame, while its drawing buffer still holds them. */
export function captureMap(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Splits text into lines no wider than `width`: at spaces, or anywhere in text without them (Chinese). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && ctx.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

interface Block {
  lines: string[];
  font: string;
  colour: string;
  swatch?: string;
}

/** Lays out every text block first, so the canvas is made once at its final size. */
export function composeMapImage(map: HTMLCanvasElement, caption: MapImageCaption, scale: number): HTMLCanvasElement {
  // The page's own font list (per language, ending in the bundled 'Atlas CJK'), so Chinese draws where no system CJK font exists.
  const FONT = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const width = map.width / scale;
  const measure = document.createElement('canvas').getContext('2d')!;
  const block = (text: string, font: string, colour: string, indent = 0, swatch?: string): Block => {
    measure.font = font;
    return { lines: wrap(measure, text, width - 2 * PAD - indent), font, colour, swatch };
  };
  const head = [block(caption.title, `bold 20px ${FONT}`, INK), block(caption.filters.join(' · '), `14px ${FONT}`, MUTED)];
  const legend = caption.legend.map((item) => block(item.label, `13px ${FONT}`, INK, SWATCH + 8, item.colour));
  const foot = [block(caption.source, `13px ${FONT}`, INK), block(caption.link, `12px ${FONT}`, MUTED)];
  const heightOf = (blocks: Block[]) => blocks.reduce((h, b) => h + b.lines.length * LINE, 0) + 2 * PAD;
  const headHeight = heightOf(head);
  const mapHeight = map.height / scale;
  const height = headHeight + mapHeight + heightOf(legend) + heightOf(foot) - PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  const draw = (blocks: Block[], top: number) => {
    let y = top + PAD;
    for (const b of blocks) {
      ctx.font = b.font;
      if (b.swatch) {
        ctx.fillStyle = b.swatch;
        ctx.fillRect(PAD, y + (LINE - SWATCH) / 2, SWATCH, SWATCH);
      }
      ctx.fillStyle = b.colour;
      for (const text of b.lines) {
        ctx.fillText(text, PAD + (b.swatch ? SWATCH + 8 : 0), y + LINE / 2);
        y += LINE;
      }
    }
    return y;
  };
  draw(head, 0);
  ctx.drawImage(map, 0, headHeight, width, mapHeight);
  const legendBottom = draw(legend, headHeight + mapHeight);
  draw(foot, legendBottom - PAD);
  window.__mapImage = { mapTop: Math.round(headHeight * scale), mapBottom: Math.round((headHeight + mapHeight) * scale), width: canvas.width, height: canvas.height };
  return canvas;
}

export async function downloadMapImage(map: MaplibreMap, caption: MapImageCaption, filename: string): Promise<void> {
  const source = await captureMap(map);
  const scale = source.width / map.getContainer().clientWidth || 1;
  const canvas = composeMapImage(source, caption, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveBlob(blob, filename);
}
