/**
 * A category axis label that wraps to the width of its band instead of being dropped: recharts
 * hides labels that would collide, which on a phone lost whole categories ("CDTA" in Chinese).
 * English breaks between words, Chinese between characters.
 */
const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
/** Rough advance widths at FONT_SIZE: a CJK character is a full em; Latin averages a little over half. */
const charWidth = (ch: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? FONT_SIZE : FONT_SIZE * 0.6);
const textWidth = (text: string) => [...text].reduce((w, ch) => w + charWidth(ch), 0);

/** Splits `text` into lines no wider than `room` (a single word wider than the room keeps its own line). */
export function wrapLabel(text: string, room: number): string[] {
  const pieces = /[\u3000-\u9fff]/.test(text) ? [...text] : text.split(' ').map((w, i) => (i ? ` ${w}` : w));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + piece) <= room) lines[lines.length - 1] = last + piece;
    else lines.push(piece.trimStart());
  }
  return lines;
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  /** The axis' width; each of `visibleTicksCount` labels gets an equal band of it. */
  width?: number;
  visibleTicksCount?: number;
}

export function WrappedTick({ x = 0, y = 0, payload, width = 0, visibleTicksCount = 1 }: TickProps) {
  const band = width / Math.max(visibleTicksCount, 1) - 4;
  const lines = wrapLabel(String(payload?.value ?? ''), band);
  return (
    <text x={x} y={y + 4} textAnchor="middle" fontSize={FONT_SIZE} fill="#555555">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.71em' : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
