import { useI18n } from '../../i18n/use-i18n';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { OfficialStatement } from '../ui/OfficialStatement';

/** Each official total next to what the records give at the same date, and what is not yet recorded. */
export function HeadlineReconciliation({ checks }: { checks: HeadlineCheck[] }) {
  const { m, fmt } = useI18n();
  return (
    <table className="totals reconciliation">
      <caption>{m.about.reconciliation}</caption>
      <thead>
        <tr>
          <th scope="col">{m.overview.measure}</th>
          <th scope="col">{m.overview.statement}</th>
          <th scope="col">{m.about.recordsAtDate}</th>
          <th scope="col">{m.about.gaps}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.metric} data-metric={c.metric}>
            <th scope="row">{m.metric[c.metric]}</th>
            <td>
              <OfficialStatement check={c} />
            </td>
            <td className="num">{fmt.number(c.counted)}</td>
            <td lang="en">
              {c.gaps.length === 0
                ? '—'
                : c.gaps.map((g) => (
                    <p key={g.item}>
                      {g.item}: {g.reason}
                    </p>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
