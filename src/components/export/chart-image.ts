/**
 * A chart as a picture for a report: the chart's own SVG (without its controls: the timeline's
 * brush, a hover cursor) in the frame every export shares. The SVG download is that composition;
 * the PNG is the same composition rasterised, with the bundled CJK font inside it.
 */
import { cjkFontDataUrl } from '../../data/cjk-font';
import { saveBlob } from '../ui/save-blob';
import type { ExportCaption } from './export-caption';
import { layoutFrame } from './frame-layout';
import { canvasMeasure, frameSvg, pageFontFamily } from './frame-paint';

/** Interactive parts that have no place in a picture. */
const CONTROLS = '.recharts-brush, .recharts-tooltip-cursor, .recharts-active-dot, [data-export-omit]';
/** Narrow (phone) charts get a frame this wide, so the title and legend are not squeezed into a column. */
const MIN_WIDTH = 560;
/** PNG pixels per SVG unit: sharp enough for print. */
export const PNG_SCALE = 2;

/** The chart's SVG, cut above its brush, with the controls removed; its size in SVG units. */
function chartBody(figure: HTMLElement): { svg: SVGSVGElement; width: number; height: number } | null {
  const source = figure.querySelector<SVGSVGElement>('svg.recharts-surface[role="application"]') ?? figure.querySelector<SVGSVGElement>('svg');
  if (!source) return null;
  const box = source.viewBox.baseVal;
  const width = box?.width || source.width.baseVal.value;
  let height = box?.height || source.height.baseVal.value;
  const brush = source.querySelector<SVGGraphicsElement>('.recharts-brush');
  if (brush) height = Math.min(height, Math.floor(brush.getBBox().y));
  const svg = source.cloneNode(true) as SVGSVGElement;
  svg.querySelectorAll(CONTROLS).forEach((node) => node.remove());
  for (const name of ['role', 'tabindex', 'style', 'class', 'aria-label', 'focusable']) svg.removeAttribute(name);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `${box?.x ?? 0} ${box?.y ?? 0} ${width} ${height}`);
  svg.setAttribute('overflow', 'hidden');
  return { svg, width, height };
}

/** The chart in its frame, as an SVG element; null when the figure has no chart drawn. */
export function composeChartSvg(figure: HTMLElement, caption: ExportCaption): SVGSVGElement | null {
  const body = chartBody(figure);
  if (!body) return null;
  const family = pageFontFamily();
  const width = Math.max(MIN_WIDTH, Math.ceil(body.width));
  const layout = layoutFrame(caption, width, body.height, canvasMeasure(family));
  body.svg.setAttribute('x', String(Math.round((width - body.width) / 2)));
  return frameSvg(layout, body.svg, family);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** Draws the composed SVG on a canvas, through an <img> (a data: URL: the CSP allows no blob: image). */
async function rasterise(svg: SVGSVGElement): Promise<Blob | null> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (CJK.test(copy.textContent ?? '')) {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = `@font-face { font-family: 'Atlas CJK'; src: url(${await cjkFontDataUrl()}) format('woff2'); }`;
    copy.insertBefore(style, copy.firstChild);
  }
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadChartImage(figure: HTMLElement | null, caption: ExportCaption, name: string, format: 'svg' | 'png'): Promise<void> {
  const svg = figure && composeChartSvg(figure, caption);
  if (!svg) return;
  if (format === 'svg') {
    saveBlob(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
    return;
  }
  const png = await rasterise(svg);
  if (png) saveBlob(png, `${name}.png`);
}
