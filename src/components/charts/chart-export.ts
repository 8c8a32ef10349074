import { toCsv } from '../../domain/csv-export';

import { saveBlob as save } from '../ui/save-blob';

export function downloadRowsCsv(rows: Record<string, string | number>[], filename: string) {
  const text = toCsv(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))));
  save(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}

/** The chart as a standalone SVG file: the rendered recharts surface, with its namespace and a white background. */
export function downloadChartSvg(figure: HTMLElement | null, filename: string) {
  const svg = figure?.querySelector<SVGSVGElement>('svg.recharts-surface[role="application"]') ?? figure?.querySelector('svg');
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  copy.insertBefore(bg, copy.firstChild);
  save(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }), filename);
}
