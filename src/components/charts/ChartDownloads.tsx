import type { RefObject } from 'react';
import { downloadChartSvg, downloadRowsCsv } from './chart-export';

interface Props {
  name: string;
  rows: Record<string, string | number>[];
  figure: RefObject<HTMLElement | null>;
}

/** Each chart's data as CSV and its picture as SVG. */
export function ChartDownloads({ name, rows, figure }: Props) {
  return (
    <div className="chart-downloads">
      <button type="button" onClick={() => downloadRowsCsv(rows, `${name}.csv`)}>
        Data (CSV)
      </button>
      <button type="button" onClick={() => downloadChartSvg(figure.current, `${name}.svg`)}>
        Image (SVG)
      </button>
    </div>
  );
}
