/**
 * The colours the page shows at given points, read from one screenshot as a user would see them
 * (the map's WebGL buffer is not readable from the page once drawn).
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export type Rgb = [number, number, number];

interface Image {
  width: number;
  channels: number;
  pixels: Uint8Array;
}

/** Undoes a PNG's per-row filters (PNG spec, section 9). Playwright writes 8-bit RGB or RGBA. */
export function decodePng(png: Buffer): Image {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (body[8] !== 8 || !channels) throw new Error(`unexpected PNG format (depth ${body[8]}, colour type ${body[9]})`);
    }
    if (type === 'IDAT') data.push(body);
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!];
      if (predictor === undefined) throw new Error(`unexpected PNG filter ${filter}`);
      pixels[y * stride + i] = (value + predictor) & 0xff;
    }
  }
  return { width, channels, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The colour at each point (page coordinates, CSS pixels), from one screenshot of the viewport. */
export async function pixelsAt(page: Page, points: readonly { x: number; y: number }[]): Promise<Rgb[]> {
  const image = decodePng(await page.screenshot({ animations: 'disabled', scale: 'css' }));
  return points.map(({ x, y }) => {
    const at = (Math.round(y) * image.width + Math.round(x)) * image.channels;
    return [image.pixels[at]!, image.pixels[at + 1]!, image.pixels[at + 2]!];
  });
}
