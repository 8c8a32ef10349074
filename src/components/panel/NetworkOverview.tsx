import { useI18n } from '../../i18n/use-i18n';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { SourceLink } from '../ui/SourceLink';

/** Hong Kong's network in numbers: each official total next to the count from the atlas's records. */
export function NetworkOverview({ checks, asOf }: { checks: HeadlineCheck[]; asOf: string }) {
  const { m, fmt } = useI18n();
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{m.overview.title}</h2>
      <p className="muted">{m.overview.hint(fmt.date(asOf))}</p>
      <table className="totals">
        <thead>
          <tr>
            <th scope="col">{m.overview.measure}</th>
            <th scope="col">{m.overview.today}</th>
            <th scope="col">{m.overview.statement}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.metric} data-metric={c.metric}>
              <th scope="row">{m.metric[c.metric]}</th>
              <td className="num">{fmt.number(c.countedToday)}</td>
              <td>
                {m.overview.asOf(fmt.number(c.stated), fmt.date(c.asOf))} · <SourceLink url={c.sourceUrl} label={m.charts.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
