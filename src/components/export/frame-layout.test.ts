import { describe, expect, it } from 'vitest';
import type { ExportCaption } from './export-caption';
import { LINE, PAD, SWATCH, layoutFrame, wrap, type Measure } from './frame-layout';

/** Every character 10 px wide: widths are predictable without a browser. */
const measure: Measure = (text) => [...text].length * 10;
const caption: ExportCaption = {
  title: 'Ties per year',
  subtitle: ['Agreement types: FTA', 'End of 2015'],
  legend: [
    { colour: '#111111', label: 'FTA' },
    { colour: '#222222', label: 'IPPA' },
  ],
  source: 'Source: Hong Kong Ties Atlas, data as of 30 Nov 2026',
  link: 'https://example.org/?year=2015',
};

describe('the export frame', () => {
  it('wraps at spaces, and anywhere in text without them', () => {
    expect(wrap('one two three', (l) => l.length <= 8)).toEqual(['one two', 'three']);
    expect(wrap('香港聯繫地圖', (l) => l.length <= 4)).toEqual(['香港聯繫', '地圖']);
    expect(wrap('AEO互認 · 現在', (l) => l.length <= 8)).toEqual(['AEO互認 ·', '現在']);
  });

  it('puts the title and the filters above the body, and the legend, source and link below it, in that order', () => {
    const layout = layoutFrame(caption, 1000, 300, measure);
    const texts = layout.texts.map((t) => t.text);
    expect(texts).toEqual(['Ties per year', 'Agreement types: FTA · End of 2015', 'FTA', 'IPPA', caption.source, caption.link]);
    const y = Object.fromEntries(layout.texts.map((t) => [t.text, t.y]));
    expect(y['Agreement types: FTA · End of 2015']).toBeLessThan(layout.body.top);
    expect(y.FTA).toBeGreaterThan(layout.body.top + layout.body.height);
    expect(y[caption.source]).toBeGreaterThan(y.IPPA);
    expect(y[caption.link]).toBeLessThan(layout.height);
    expect(layout.body).toEqual({ top: PAD + 2 * LINE + PAD, height: 300 });
    expect(layout.texts[0]).toMatchObject({ bold: true, size: 20 });
  });

  it('draws a swatch of each legend colour beside its label', () => {
    const layout = layoutFrame(caption, 1000, 300, measure);
    expect(layout.swatches.map((s) => s.colour)).toEqual(['#111111', '#222222']);
    const fta = layout.texts.find((t) => t.text === 'FTA')!;
    expect(layout.swatches[0]).toMatchObject({ x: PAD, size: SWATCH });
    expect(layout.swatches[0].y + SWATCH / 2).toBe(fta.y);
    expect(fta.x).toBeGreaterThan(PAD + SWATCH);
  });

  it('wraps a long subtitle to the width, and grows the height by its lines', () => {
    const wide = layoutFrame(caption, 1000, 300, measure);
    const narrow = layoutFrame(caption, 200, 300, measure);
    expect(narrow.texts.filter((t) => t.size === 14).length).toBeGreaterThan(1);
    expect(narrow.texts.every((t) => t.x + measure(t.text, t) <= 200 - PAD)).toBe(true);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});
