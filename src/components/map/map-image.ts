/**
 * The map as a picture: the WebGL canvas read right after a frame is drawn (so the map needs no
 * `preserveDrawingBuffer`, which would slow every frame on software WebGL), composed on a 2D canvas
 * with a title, the active filters, the legend, the source with its as-of date and the link.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapImageCaption } from './map-image-text';
import { saveBlob } from '../ui/save-blob';
import { layoutFrame } from '../export/frame-layout';
import { canvasMeasure, pageFontFamily, paintFrame } from '../export/frame-paint';

declare global {
  interface Window {
    /** Where the last downloaded picture put the map, in its pixels: tests read the legend below it. */
    __mapImage?: { mapTop: number; mapBottom: number; width: number; height: number };
  }
}

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

/** The map's pixels in the frame every export shares: title and filters above, legend, source and link below. */
export function composeMapImage(map: HTMLCanvasElement, caption: MapImageCaption, scale: number): HTMLCanvasElement {
  const family = pageFontFamily();
  const layout = layoutFrame(caption, map.width / scale, map.height / scale, canvasMeasure(family));
  const canvas = paintFrame(layout, scale, family);
  const ctx = canvas.getContext('2d')!;
  // The map's own pixels, one to one: no resampling.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const mapTop = Math.round(layout.body.top * scale);
  ctx.drawImage(map, 0, mapTop);
  window.__mapImage = { mapTop, mapBottom: mapTop + map.height, width: canvas.width, height: canvas.height };
  return canvas;
}

export async function downloadMapImage(map: MaplibreMap, caption: MapImageCaption, filename: string): Promise<void> {
  const source = await captureMap(map);
  const scale = source.width / map.getContainer().clientWidth || 1;
  const canvas = composeMapImage(source, caption, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveBlob(blob, filename);
}
