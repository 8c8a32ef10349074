/**
 * Paints a laid-out export frame: on a 2D canvas (the map picture, drawn around the map's pixels)
 * or as SVG elements (the charts, whose PNG is that SVG rasterised). Text uses the page's own font
 * list, which includes the bundled 'Atlas CJK', so Chinese draws where no system CJK font exists.
 */
import { fontOf, type FrameLayout, type Measure } from './frame-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const pageFontFamily = () => getComputedStyle(document.documentElement).fontFamily || 'sans-serif';

/** Text widths as the browser draws them with the page's fonts. */
export function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, style) => {
    ctx.font = fontOf(style, family);
    return ctx.measureText(text).width;
  };
}

/** The frame on a white canvas of the layout's size (in CSS pixels, times `scale`); the body is left for the caller. */
export function paintFrame(layout: FrameLayout, scale: number, family: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const s of layout.swatches) {
    ctx.fillStyle = s.colour;
    ctx.fillRect(s.x, s.y, s.size, s.size);
  }
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = fontOf(t, family);
    ctx.fillStyle = t.colour;
    ctx.fillText(t.text, t.x, t.baseline);
  }
  return canvas;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The frame as a standalone SVG document with `body` (an <svg> sized to the body's box) placed in it. */
export function frameSvg(layout: FrameLayout, body: SVGSVGElement, family: string): SVGSVGElement {
  const svg = el('svg', {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': family,
  });
  svg.append(el('rect', { width: layout.width, height: layout.height, fill: '#ffffff' }));
  for (const s of layout.swatches) svg.append(el('rect', { x: s.x, y: s.y, width: s.size, height: s.size, fill: s.colour }));
  for (const t of layout.texts) {
    const text = el('text', { x: t.x, y: t.baseline, 'font-size': t.size, fill: t.colour, ...(t.bold ? { 'font-weight': 'bold' } : {}) });
    text.textContent = t.text;
    svg.append(text);
  }
  body.setAttribute('y', String(layout.body.top));
  svg.append(body);
  return svg;
}
