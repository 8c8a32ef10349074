import { memo, useRef } from 'react';
import { Bar } from 'recharts';
import { BarFrame } from './BarFrame';
import type { TypeCount } from '../../selectors/chart-series';
import { useI18n } from '../../i18n/use-i18n';
import { ChartBody } from './ChartBody';
import { ChartDownloads } from './ChartDownloads';

const AGREEMENTS = '#2b7bba';
const ECONOMIES = '#9ecae1';

/** Agreements signed or in force and their partner economies per tie type; a bloc is one agreement, many economies. */
function CountsByTypeChartView({ counts }: { counts: TypeCount[] }) {
  const { m } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const data = counts.map((c) => ({ name: m.tieType[c.type].short, type: c.type, agreements: c.agreements, economies: c.economies }));
  return (
    <figure className="chart" data-testid="counts-chart" ref={figure}>
      <figcaption>{m.charts.counts}</figcaption>
      <ChartBody>
        <BarFrame data={data} height={240}>
          <Bar dataKey="agreements" name={m.charts.agreements} fill={AGREEMENTS} isAnimationActive={false} />
          <Bar dataKey="economies" name={m.charts.economies} fill={ECONOMIES} isAnimationActive={false} />
        </BarFrame>
      </ChartBody>
      <p className="chart-note">{m.charts.countsNote}</p>
      <table className="chart-table">
        <caption>{m.charts.countsTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.charts.type}</th>
            <th scope="col">{m.charts.agreements}</th>
            <th scope="col">{m.charts.economies}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.type} data-type={d.type}>
              <th scope="row">{m.tieType[d.type].long}</th>
              <td className="num" data-col="agreements">
                {d.agreements}
              </td>
              <td className="num" data-col="economies">
                {d.economies}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartDownloads
        name="hk-ties-counts-by-type"
        title={m.charts.counts}
        legend={[
          { colour: AGREEMENTS, label: m.charts.agreements },
          { colour: ECONOMIES, label: m.charts.economies },
        ]}
        rows={data.map(({ type, agreements, economies }) => ({ type, agreements, economies }))}
        figure={figure}
      />
    </figure>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const CountsByTypeChart = memo(CountsByTypeChartView);
