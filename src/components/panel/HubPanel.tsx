import type { HeadlineCheck } from '../../selectors/headline-counts';
import type { NetworkSummary } from '../../selectors/network-summary';
import { LocalText } from '../ui/LocalText';
import { useI18n } from '../../i18n/use-i18n';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { NetworkOverview } from './NetworkOverview';

interface Props {
  summary: NetworkSummary;
  checks: HeadlineCheck[];
  asOf: string;
  year: number | null;
  onClose: () => void;
  onSelectOffice: (officeId: string) => void;
}

/** Hong Kong's own panel: the network within the current filters, then the official totals. */
export function HubPanel({ summary, checks, asOf, year, onClose, onSelectOffice }: Props) {
  const { m, fmt } = useI18n();
  return (
    <section className="hub-panel" aria-labelledby="hub-title">
      <header className="panel-header">
        <h2 id="hub-title">{m.hub.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={m.hub.close}>
          ×
        </button>
      </header>
      <p className="muted">{m.hub.intro}</p>
      <dl className="hub-figures">
        <div data-figure="partners-in-force">
          <dt>{m.hub.partnersInForce}</dt>
          <dd>{fmt.number(summary.partnersInForce)}</dd>
        </div>
        <div data-figure="partners-pipeline">
          <dt>{m.hub.pipelineOnly}</dt>
          <dd>{fmt.number(summary.partnersPipelineOnly)}</dd>
        </div>
        <div data-figure="agreements">
          <dt>{m.hub.agreements}</dt>
          <dd>{fmt.number(summary.agreements)}</dd>
        </div>
      </dl>
      {summary.agreementsByType.length > 0 && (
        <ul className="plain-list by-type">
          {summary.agreementsByType.map(({ type, count }) => (
            <li key={type}>
              <TieTypeBadge type={type} /> {m.tieType[type].long}: {fmt.number(count)}
            </li>
          ))}
        </ul>
      )}
      <h3>{m.hub.offices}</h3>
      {summary.offices.map(({ type, offices }) => (
        <details key={type} className="office-group">
          <summary>
            {m.officeType[type].many}: {fmt.number(offices.length)}
          </summary>
          <ul className="plain-list">
            {offices.map((o) => (
              <li key={o.officeId}>
                <button type="button" className="link-button" onClick={() => onSelectOffice(o.officeId)}>
                  <LocalText en={o.city} zh={o.cityZh} />
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <NetworkOverview checks={checks} asOf={asOf} year={year} embedded />
    </section>
  );
}
