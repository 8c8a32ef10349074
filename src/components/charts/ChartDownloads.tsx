import type { RefObject } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { downloadChartImage } from '../export/chart-image';
import { chartCaption, filterPhrases, type LegendItem } from '../export/export-caption';
import { useExportState } from '../export/export-context';
import { useCsvDownload } from '../export/use-csv-download';

interface Props {
  name: string;
  /** The chart's title in the exports (its caption on the page). */
  title: string;
  legend: LegendItem[];
  /** Phrases only this chart has (the timeline's span), before the filters. */
  extra?: string[];
  rows: Record<string, string | number>[];
  figure: RefObject<HTMLElement | null>;
}

/** Each chart's data as CSV (zipped with what produced it) and its picture as SVG and PNG, framed for a report. */
export function ChartDownloads({ name, title, legend, extra, rows, figure }: Props) {
  const { m, fmt } = useI18n();
  const exportState = useExportState();
  const downloadCsv = useCsvDownload();
  if (!exportState) return null;
  const image = (format: 'svg' | 'png') =>
    void downloadChartImage(
      figure.current,
      chartCaption({ title, legend, extra }, exportState(), m, fmt, window.location.href),
      name,
      format,
    );
  const csv = () => {
    const state = exportState();
    const text = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
    const filters = [...(extra ?? []), ...filterPhrases(state.ui, m, fmt, state.groupings)];
    void downloadCsv({ name, title, columns: Object.keys(text[0] ?? {}), rows: text, filters, asOf: state.asOf });
  };
  return (
    <div className="chart-downloads">
      <button type="button" onClick={csv}>
        {m.exports.dataZip}
      </button>
      <button type="button" onClick={() => image('svg')}>
        {m.charts.imageSvg}
      </button>
      <button type="button" onClick={() => image('png')}>
        {m.exports.imagePng}
      </button>
    </div>
  );
}
