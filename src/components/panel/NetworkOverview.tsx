import type { HeadlineCheck } from '../../selectors/headline-counts';
import { formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';
import { METRIC_LABEL } from './metric-labels';

/** Hong Kong's network in numbers: each official total next to the count from the atlas's records. */
export function NetworkOverview({ checks, asOf }: { checks: HeadlineCheck[]; asOf: string }) {
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">Hong Kong's network</h2>
      <p className="muted">Click an economy on the map, or choose one above. Data checked {formatDate(asOf)}.</p>
      <table className="totals">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Today</th>
            <th scope="col">Official statement</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.metric} data-metric={c.metric}>
              <th scope="row">{METRIC_LABEL[c.metric]}</th>
              <td className="num">{c.countedToday}</td>
              <td>
                {c.stated} as of {formatDate(c.asOf)} · <SourceLink url={c.sourceUrl} label="source" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
