import { memo, useRef } from 'react';
import { Bar } from 'recharts';
import { BarFrame } from './BarFrame';
import type { PipelineRow } from '../../selectors/pipeline';
import { useI18n } from '../../i18n/use-i18n';
import { ChartBody } from './ChartBody';
import { ChartDownloads } from './ChartDownloads';

const STAGES = [
  { key: 'negotiating', fill: '#8fa3bf' },
  { key: 'concluded', fill: '#e0a43a' },
  { key: 'signed', fill: '#c1440e' },
] as const;

/** The pipeline: agreements with no entry into force recorded, by type and stage (a bloc agreement counts once). */
function PipelineChartView({ rows }: { rows: PipelineRow[] }) {
  const { m } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const data = rows.map((r) => ({ ...r, name: m.tieType[r.type].short }));
  return (
    <figure className="chart" data-testid="pipeline-chart" ref={figure}>
      <figcaption>{m.charts.pipeline}</figcaption>
      <ChartBody>
        <BarFrame data={data} height={220}>
          {STAGES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={m.status[s.key]} stackId="stage" fill={s.fill} isAnimationActive={false} />
          ))}
        </BarFrame>
      </ChartBody>
      <table className="chart-table">
        <caption>{m.charts.pipelineTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.charts.type}</th>
            {STAGES.map((s) => (
              <th key={s.key} scope="col">
                {m.status[s.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.type} data-type={r.type}>
              <th scope="row">{m.tieType[r.type].long}</th>
              {STAGES.map((s) => (
                <td key={s.key} className="num" data-col={s.key}>
                  {r[s.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChartDownloads
        name="hk-ties-pipeline"
        title={m.charts.pipeline}
        legend={STAGES.map((s) => ({ colour: s.fill, label: m.status[s.key] }))}
        rows={rows}
        figure={figure}
      />
    </figure>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const PipelineChart = memo(PipelineChartView);
