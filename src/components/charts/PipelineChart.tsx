import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineRow } from '../../selectors/pipeline';
import { TIE_TYPE_LABEL } from '../../i18n/labels';
import { ChartDownloads } from './ChartDownloads';

const STAGES = [
  { key: 'negotiating', label: 'Under negotiation', fill: '#c9d4e3' },
  { key: 'concluded', label: 'Negotiations concluded', fill: '#f3c577' },
  { key: 'signed', label: 'Signed, not yet in force', fill: '#c1440e' },
] as const;

/** The pipeline: agreements not yet in force, by type and stage (a bloc agreement counts once). */
export function PipelineChart({ rows }: { rows: PipelineRow[] }) {
  const figure = useRef<HTMLElement>(null);
  const data = rows.map((r) => ({ ...r, name: TIE_TYPE_LABEL[r.type].short }));
  return (
    <figure className="chart" data-testid="pipeline-chart" ref={figure}>
      <figcaption>Pipeline: agreements not yet in force</figcaption>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Legend />
            {STAGES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stage" fill={s.fill} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="chart-table">
        <caption>Agreements by stage</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            {STAGES.map((s) => (
              <th key={s.key} scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.type} data-type={r.type}>
              <th scope="row">{TIE_TYPE_LABEL[r.type].long}</th>
              {STAGES.map((s) => (
                <td key={s.key} className="num" data-col={s.key}>{r[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChartDownloads name="hk-ties-pipeline" rows={rows} figure={figure} />
    </figure>
  );
}
