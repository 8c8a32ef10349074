/**
 * Where each line of an export's frame goes: the title and subtitle above the picture, the legend,
 * the source and the link below it. One layout for every export (the map PNG, the chart SVGs and
 * PNGs), painted on a canvas or written as SVG. Pure: text widths come from `measure`.
 */
import type { ExportCaption } from './export-caption';
import { INK, MUTED } from '../ui/palette';

export const PAD = 16;
export const LINE = 20;
export const SWATCH = 14;
const SWATCH_GAP = 8;
/** From a line's middle to its alphabetic baseline, in ems: about half the height of a capital. */
const BASELINE_SHIFT = 0.35;

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour: string;
}

export interface PlacedText extends TextStyle {
  text: string;
  x: number;
  /** The middle of the line. */
  y: number;
  /**
   * The alphabetic baseline that centres the text on `y`: painted at the same place on a canvas, in
   * an SVG viewer and when the SVG is rasterised (`dominant-baseline` differs between renderers).
   */
  baseline: number;
}

export interface PlacedSwatch {
  x: number;
  y: number;
  size: number;
  colour: string;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the picture (map or chart) goes: full width, between the subtitle and the legend. */
  body: { top: number; height: number };
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

/** The width of `text` in pixels at `style`. */
export type Measure = (text: string, style: TextStyle) => number;

export const fontOf = (style: Pick<TextStyle, 'size' | 'bold'>, family: string) => `${style.bold ? 'bold ' : ''}${style.size}px ${family}`;

/** Splits text into lines that `fits`: at spaces, or anywhere in text without them (Chinese). */
export function wrap(text: string, fits: (line: string) => boolean): string[] {
  // A phrase separator (' · ') stays at the end of a line, never starts the next one.
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)(?!· )/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && !fits(line + token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

const TITLE: TextStyle = { size: 20, bold: true, colour: INK };
const SUBTITLE: TextStyle = { size: 14, colour: MUTED };
const LEGEND_TEXT: TextStyle = { size: 13, colour: INK };
const SOURCE: TextStyle = { size: 13, colour: INK };
const LINK: TextStyle = { size: 12, colour: MUTED };

export function layoutFrame(caption: ExportCaption, width: number, bodyHeight: number, measure: Measure): FrameLayout {
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = PAD;
  const put = (text: string, style: TextStyle, indent = 0) => {
    const room = width - 2 * PAD - indent;
    const first = y;
    for (const line of wrap(text, (l) => measure(l, style) <= room)) {
      texts.push({
        ...style,
        text: line,
        x: PAD + indent,
        y: y + LINE / 2,
        baseline: Math.round(y + LINE / 2 + BASELINE_SHIFT * style.size),
      });
      y += LINE;
    }
    return first;
  };
  put(caption.title, TITLE);
  if (caption.subtitle.length) put(caption.subtitle.join(' · '), SUBTITLE);
  y += PAD;
  const body = { top: y, height: bodyHeight };
  y += bodyHeight + PAD;
  for (const item of caption.legend) {
    const top = put(item.label, LEGEND_TEXT, SWATCH + SWATCH_GAP);
    swatches.push({ x: PAD, y: top + (LINE - SWATCH) / 2, size: SWATCH, colour: item.colour });
  }
  if (caption.legend.length) y += PAD / 2;
  put(caption.source, SOURCE);
  put(caption.link, LINK);
  return { width, height: y + PAD, body, texts, swatches };
}
