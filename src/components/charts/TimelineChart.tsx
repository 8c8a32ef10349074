import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Tie } from '../../domain/records';
import type { TieType } from '../../domain/tie-types';
import { type TimelineBasis, cumulativeTimeline } from '../../selectors/chart-series';
import { TIE_TYPE_COLOUR, TIE_TYPE_LABEL } from '../../i18n/labels';

interface Props {
  ties: Tie[];
  types: readonly TieType[];
  lastYear: number;
  /** Shared with the year slider and the URL. */
  basis: TimelineBasis;
  onBasis: (basis: TimelineBasis) => void;
}

/** How the network grew: cumulative ties (one per agreement and partner economy) per year, stacked by type. */
export function TimelineChart({ ties, types, lastYear, basis, onBasis }: Props) {
  const { rows, undated } = cumulativeTimeline(ties, types, basis, lastYear);
  const last = rows[rows.length - 1];
  return (
    <figure className="chart" data-testid="timeline-chart">
      <figcaption>Ties per year, cumulative</figcaption>
      <div className="chart-controls" role="radiogroup" aria-label="Date basis">
        {(['inForce', 'signed'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="timeline-basis" checked={basis === b} onChange={() => onBasis(b)} />
            {b === 'inForce' ? 'By entry into force' : 'By signature'}
          </label>
        ))}
      </div>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height={240}>
          <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Legend />
            {types.map((t) => (
              <Area key={t} type="stepAfter" dataKey={t} name={TIE_TYPE_LABEL[t].short} stackId="ties" stroke={TIE_TYPE_COLOUR[t]} fill={TIE_TYPE_COLOUR[t]} fillOpacity={0.55} isAnimationActive={false} />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note">
        One tie per agreement and partner economy (a bloc agreement counts once per member).
        {undated > 0 && ` ${undated} tie(s) without a ${basis === 'inForce' ? 'entry-into-force' : 'signature'} date in the sources are not placed.`}
      </p>
      {last && (
        <table className="chart-table">
          <caption>Ties at the end of {last.year}</caption>
          <tbody>
            {types.map((t) => (
              <tr key={t} data-type={t}>
                <th scope="row">{TIE_TYPE_LABEL[t].long}</th>
                <td className="num">{last[t] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
