import type { HeadlineCheck } from '../../selectors/headline-counts';
import { formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';
import { METRIC_LABEL } from './metric-labels';

interface Props {
  checks: HeadlineCheck[];
  asOf: string;
  /** Inside the hub panel: a sub-heading, without the "click an economy" hint. */
  embedded?: boolean;
}

/** Hong Kong's network in numbers: each official total next to the count from the atlas's records. */
export function NetworkOverview({ checks, asOf, embedded = false }: Props) {
  const Heading = embedded ? 'h3' : 'h2';
  return (
    <section className="overview" aria-labelledby="overview-title">
      <Heading id="overview-title">{embedded ? 'Official totals' : "Hong Kong's network"}</Heading>
      <p className="muted">
        {embedded ? 'All agreement types, whatever the filters.' : 'Click an economy on the map, or choose one above.'} Data checked {formatDate(asOf)}.
      </p>
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
