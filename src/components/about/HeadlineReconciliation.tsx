import type { HeadlineCheck } from '../../selectors/headline-counts';
import { formatDate } from '../../i18n/labels';
import { METRIC_LABEL } from '../panel/metric-labels';
import { SourceLink } from '../ui/SourceLink';

/** Each official total next to what the records give at the same date, and what is not yet recorded. */
export function HeadlineReconciliation({ checks }: { checks: HeadlineCheck[] }) {
  return (
    <table className="totals reconciliation">
      <caption>Official totals reproduced from the atlas's own records</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Official statement</th>
          <th scope="col">Records at that date</th>
          <th scope="col">Not yet recorded (no official page found)</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.metric} data-metric={c.metric}>
            <th scope="row">{METRIC_LABEL[c.metric]}</th>
            <td>
              {c.stated} as of {formatDate(c.asOf)} · <SourceLink url={c.sourceUrl} label="source" />
            </td>
            <td className="num">{c.counted}</td>
            <td>{c.gaps.length === 0 ? '—' : c.gaps.map((g) => <p key={g.item} title={g.reason}>{g.item}: {g.reason}</p>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
