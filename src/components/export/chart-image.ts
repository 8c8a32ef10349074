/**
 * A chart as a picture for a report: the chart's own SVG (without its controls: the timeline's
 * brush, a hover cursor) in the frame every export shares. The SVG download is that composition;
 * the PNG is the same composition rasterised, its text drawn with the page's fonts (the bundled
 * CJK subset for Chinese).
 */
import { saveBlob } from '../ui/save-blob';
import type { ExportCaption } from './export-caption';
import { PAD, layoutFrame } from './frame-layout';
import { canvasMeasure, frameSvg, pageFontFamily } from './frame-paint';

/** Interactive parts that have no place in a picture. */
const CONTROLS = '.recharts-brush, .recharts-tooltip-cursor, .recharts-active-dot, [data-export-omit]';
/** Narrow (phone) charts get a frame this wide, so the title and legend are not squeezed into a column. */
const MIN_WIDTH = 560;
/** Room kept around the drawn parts, so no stroke or label is cut. */
const MARGIN = 4;
/** PNG pixels per SVG unit: sharp enough for print. */
export const PNG_SCALE = 2;

/** The box the drawing's parts cover, controls and backgrounds left out: the picture without the room kept for a brush or an HTML legend. */
function drawnBox(svg: SVGSVGElement, full: DOMRect): DOMRect {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of svg.children) {
    if (!(part instanceof SVGGraphicsElement) || part.matches(CONTROLS) || part.localName === 'defs') continue;
    const b = part.getBBox();
    const background = b.width >= full.width && b.height >= full.height;
    if ((!b.width && !b.height) || background) continue;
    [left, top, right, bottom] = [
      Math.min(left, b.x),
      Math.min(top, b.y),
      Math.max(right, b.x + b.width),
      Math.max(bottom, b.y + b.height),
    ];
  }
  return Number.isFinite(left) ? new DOMRect(left, top, right - left, bottom - top) : full;
}

/** The SVG properties a picture keeps from an inline style; the rest (e.g. `outline`) is for the page only. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'display',
  'visibility',
]);

/**
 * Inline `style` attributes become presentation attributes. The page's strict CSP
 * (no `style-src-attr 'unsafe-inline'`) carries over to the data: URL the PNG is drawn from, which
 * would refuse them; and presentation attributes read the same in any SVG viewer.
 */
function styleToAttributes(svg: SVGSVGElement): void {
  for (const el of svg.querySelectorAll<SVGElement>('[style]')) {
    for (const name of [...el.style]) if (PRESENTATION.has(name)) el.setAttribute(name, el.style.getPropertyValue(name));
    el.removeAttribute('style');
  }
}

/** A copy of the chart's SVG with the controls removed, cropped to what is drawn (plus a small margin); its size in SVG units. */
function chartBody(figure: HTMLElement): { svg: SVGSVGElement; width: number; height: number } | null {
  const source =
    figure.querySelector<SVGSVGElement>('svg.recharts-surface[role="application"]') ?? figure.querySelector<SVGSVGElement>('svg');
  if (!source) return null;
  const view = source.viewBox.baseVal;
  const full = new DOMRect(
    view?.x ?? 0,
    view?.y ?? 0,
    view?.width || source.width.baseVal.value,
    view?.height || source.height.baseVal.value,
  );
  const drawn = drawnBox(source, full);
  // The drawing's vertical extent; the full width, so the axes keep their place.
  const top = Math.max(full.y, Math.floor(drawn.y) - MARGIN);
  const bottom = Math.min(full.bottom, Math.ceil(drawn.bottom) + MARGIN);
  const svg = source.cloneNode(true) as SVGSVGElement;
  svg.querySelectorAll(CONTROLS).forEach((node) => node.remove());
  for (const name of ['role', 'tabindex', 'style', 'class', 'aria-label', 'focusable']) svg.removeAttribute(name);
  styleToAttributes(svg);
  svg.setAttribute('width', String(full.width));
  svg.setAttribute('height', String(bottom - top));
  svg.setAttribute('viewBox', `${full.x} ${top} ${full.width} ${bottom - top}`);
  svg.setAttribute('overflow', 'hidden');
  return { svg, width: full.width, height: bottom - top };
}

/** The chart in its frame, as an SVG element; null when the figure has no chart drawn. */
export function composeChartSvg(figure: HTMLElement, caption: ExportCaption): SVGSVGElement | null {
  const body = chartBody(figure);
  if (!body) return null;
  const family = pageFontFamily();
  // The chart's own left edge has axis labels: it keeps the frame's padding on both sides.
  const width = Math.max(MIN_WIDTH, Math.ceil(body.width) + 2 * PAD);
  const layout = layoutFrame(caption, width, body.height, canvasMeasure(family));
  body.svg.setAttribute('x', String(Math.round((width - body.width) / 2)));
  return frameSvg(layout, body.svg, family);
}

interface Run {
  text: string;
  font: string;
  fill: string;
  /** From the run's own coordinates to the picture's. */
  matrix: DOMMatrix;
  x: number;
  y: number;
}

/** Each run of text as the browser lays it out in `svg` (attached to the page, so with the page's fonts). */
function textRuns(svg: SVGSVGElement): Run[] {
  const root = svg.getScreenCTM()!.inverse();
  const leaves = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')].filter(
    (el) => el.getNumberOfChars() > 0 && ![...el.children].some((c) => c.localName === 'tspan'),
  );
  return leaves.map((el) => {
    const style = getComputedStyle(el);
    const start = el.getStartPositionOfChar(0);
    return {
      text: el.textContent ?? '',
      font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
      fill: style.fill.startsWith('url') || style.fill === 'none' ? '#000000' : style.fill,
      matrix: root.multiply(el.getScreenCTM()!),
      x: start.x,
      y: start.y,
    };
  });
}

/**
 * The composed SVG as a PNG: its shapes drawn through an <img> (a data: URL, which the CSP allows),
 * its text drawn on the canvas where the browser placed it, with the page's fonts. An SVG image can
 * use no page font and gives no signal when a font inside it has loaded; the canvas draws Chinese
 * with the bundled 'Atlas CJK' once `document.fonts` has it.
 */
async function rasterise(svg: SVGSVGElement): Promise<Blob | null> {
  const host = document.createElement('div');
  host.style.position = 'fixed';
  host.style.left = '-100000px';
  host.style.top = '0';
  host.append(svg);
  document.body.append(host);
  let runs: Run[];
  try {
    runs = textRuns(svg);
  } finally {
    host.remove();
  }
  await Promise.all(
    [...new Set(runs.map((r) => r.font))].map((font) =>
      document.fonts.load(
        font,
        runs
          .filter((r) => r.font === font)
          .map((r) => r.text)
          .join(''),
      ),
    ),
  );
  const shapes = svg.cloneNode(true) as SVGSVGElement;
  shapes.querySelectorAll('text').forEach((node) => node.remove());
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(shapes))}`;
  await img.decode();
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';
  for (const r of runs) {
    const m = r.matrix;
    ctx.setTransform(PNG_SCALE * m.a, PNG_SCALE * m.b, PNG_SCALE * m.c, PNG_SCALE * m.d, PNG_SCALE * m.e, PNG_SCALE * m.f);
    ctx.font = r.font;
    ctx.fillStyle = r.fill;
    ctx.fillText(r.text, r.x, r.y);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadChartImage(
  figure: HTMLElement | null,
  caption: ExportCaption,
  name: string,
  format: 'svg' | 'png',
): Promise<void> {
  const svg = figure && composeChartSvg(figure, caption);
  if (!svg) return;
  if (format === 'svg') {
    saveBlob(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
    return;
  }
  const png = await rasterise(svg);
  if (png) saveBlob(png, `${name}.png`);
}
