/** Reading what the export buttons download: a file's bytes, a framed SVG's text, a PNG's pixels, a zip's files. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { decodePng } from './pixels';

export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The SVG parsed by the browser: its size, every text line, the fill of every rect, and whether any brush part is left. */
export function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      parsed: svg.localName === 'svg' && !doc.querySelector('parsererror'),
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      fills: [...doc.querySelectorAll('rect')].map((r) => r.getAttribute('fill')),
      brush: doc.querySelectorAll('[class*="recharts-brush"]').length,
    };
  }, text);
}

/** A PNG's size and how many distinct colours it has (a blank picture has one). */
export function readPng(png: Buffer) {
  const image = decodePng(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.pixels.length; i += image.channels)
    colours.add((image.pixels[i]! << 16) | (image.pixels[i + 1]! << 8) | image.pixels[i + 2]!);
  return { width: image.width, height: image.pixels.length / image.channels / image.width, colours };
}

export function unzip(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
}
