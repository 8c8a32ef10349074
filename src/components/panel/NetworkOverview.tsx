import { useI18n } from '../../i18n/use-i18n';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { OfficialStatement } from '../ui/OfficialStatement';

interface Props {
  checks: HeadlineCheck[];
  asOf: string;
  /** The year on the time bar: the counts column is headed with it (null: today). */
  year: number | null;
  /** Inside the hub panel: a sub-heading, without the "click an economy" hint. */
  embedded?: boolean;
}

/** Hong Kong's network in numbers: each official total next to the count from the atlas's records. */
export function NetworkOverview({ checks, asOf, year, embedded = false }: Props) {
  const { m, fmt } = useI18n();
  const Heading = embedded ? 'h3' : 'h2';
  return (
    <section className="overview" aria-labelledby="overview-title">
      <Heading id="overview-title">{embedded ? m.overview.officialTotals : m.overview.title}</Heading>
      <p className="muted">{embedded ? m.overview.embeddedHint(fmt.date(asOf)) : m.overview.hint(fmt.date(asOf))}</p>
      <table className="totals">
        <thead>
          <tr>
            <th scope="col">{m.overview.measure}</th>
            <th scope="col" className="overview-count">
              {year === null ? m.overview.today : m.filters.endOf(String(year))}
            </th>
            <th scope="col">{m.overview.statement}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.metric} data-metric={c.metric}>
              <th scope="row">{m.metric[c.metric]}</th>
              <td className="num">{fmt.number(c.countedToday)}</td>
              <td>
                <OfficialStatement check={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
