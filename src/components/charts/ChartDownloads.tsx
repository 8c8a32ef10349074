import type { RefObject } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { downloadChartSvg, downloadRowsCsv } from './chart-export';

interface Props {
  name: string;
  rows: Record<string, string | number>[];
  figure: RefObject<HTMLElement | null>;
}

/** Each chart's data as CSV and its picture as SVG. */
export function ChartDownloads({ name, rows, figure }: Props) {
  const { m } = useI18n();
  return (
    <div className="chart-downloads">
      <button type="button" onClick={() => downloadRowsCsv(rows, `${name}.csv`)}>
        {m.charts.dataCsv}
      </button>
      <button type="button" onClick={() => downloadChartSvg(figure.current, `${name}.svg`)}>
        {m.charts.imageSvg}
      </button>
    </div>
  );
}
