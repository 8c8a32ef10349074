import type { HeadlineCheck } from '../../selectors/headline-counts';
import type { NetworkSummary } from '../../selectors/network-summary';
import { OFFICE_TYPE_LABEL, TIE_TYPE_LABEL } from '../../i18n/labels';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { NetworkOverview } from './NetworkOverview';

interface Props {
  summary: NetworkSummary;
  checks: HeadlineCheck[];
  asOf: string;
  onClose: () => void;
  onSelectOffice: (officeId: string) => void;
}

/** Hong Kong's own panel: the network within the current filters, then the official totals. */
export function HubPanel({ summary, checks, asOf, onClose, onSelectOffice }: Props) {
  return (
    <section className="hub-panel" aria-labelledby="hub-title">
      <header className="panel-header">
        <h2 id="hub-title">Hong Kong</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close Hong Kong">
          ×
        </button>
      </header>
      <p className="muted">The hub of every tie in the atlas. With the selected agreement types:</p>
      <dl className="hub-figures">
        <div data-figure="partners-in-force">
          <dt>Partner economies with ties in force</dt>
          <dd>{summary.partnersInForce}</dd>
        </div>
        <div data-figure="partners-pipeline">
          <dt>Only signed or under negotiation</dt>
          <dd>{summary.partnersPipelineOnly}</dd>
        </div>
        <div data-figure="agreements">
          <dt>Agreements in force or pending (a bloc counts once)</dt>
          <dd>{summary.agreements}</dd>
        </div>
      </dl>
      {summary.agreementsByType.length > 0 && (
        <ul className="plain-list by-type">
          {summary.agreementsByType.map(({ type, count }) => (
            <li key={type}>
              <TieTypeBadge type={type} /> {TIE_TYPE_LABEL[type].long}: {count}
            </li>
          ))}
        </ul>
      )}
      <h3>Offices</h3>
      {summary.offices.map(({ type, offices }) => (
        <details key={type} className="office-group">
          <summary>
            {OFFICE_TYPE_LABEL[type].many}: {offices.length}
          </summary>
          <ul className="plain-list">
            {offices.map((o) => (
              <li key={o.officeId}>
                <button type="button" className="link-button" onClick={() => onSelectOffice(o.officeId)}>
                  {o.city}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <NetworkOverview checks={checks} asOf={asOf} embedded />
    </section>
  );
}
