import type { Tie } from '../../domain/records';
import { STATUS_LABEL, formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';
import { TieTypeBadge } from '../ui/TieTypeBadge';

/** Every tie of one economy: type, name, status, dates and official source. */
export function TieList({ ties }: { ties: Tie[] }) {
  if (ties.length === 0) return <p className="muted">No recorded tie of the selected types.</p>;
  return (
    <ul className="tie-list">
      {ties.map((t) => (
        <li key={`${t.agreementId}-${t.partner}`} className="tie" data-testid={`tie-${t.agreementId}`}>
          <div className="tie-head">
            <TieTypeBadge type={t.tieType} />
            <span className={`status status-${t.status}`}>{STATUS_LABEL[t.status]}</span>
          </div>
          <p className="tie-name">
            {t.agreementName}
            {t.bloc && <span className="muted"> · with {t.bloc}</span>}
          </p>
          <dl className="tie-dates">
            <dt>Signed</dt>
            <dd data-field="signed">{formatDate(t.signed)}</dd>
            <dt>In force</dt>
            <dd data-field="in-force">{formatDate(t.inForce)}</dd>
            {t.terminated && (
              <>
                <dt>Ended</dt>
                <dd>{formatDate(t.terminated)}</dd>
              </>
            )}
          </dl>
          {t.note && <p className="tie-note">{t.note}</p>}
          <p className="tie-source">
            <SourceLink url={t.sourceUrl} /> <span className="muted">checked {formatDate(t.checked)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
