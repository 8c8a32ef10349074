import type { Tie } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { RecordProvenance } from '../ui/RecordProvenance';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { AgreementName } from './AgreementName';

/** Every tie of one economy: type, name, status, dates and official source. */
export function TieList({ ties }: { ties: Tie[] }) {
  const { m, fmt } = useI18n();
  if (ties.length === 0) return <p className="muted">{m.panel.noTies}</p>;
  return (
    <ul className="tie-list">
      {ties.map((t) => (
        <li key={`${t.agreementId}-${t.partner}`} className="tie" data-testid={`tie-${t.agreementId}`}>
          <div className="tie-head">
            <TieTypeBadge type={t.tieType} />
            <span className={`status status-${t.status}`}>{m.status[t.status]}</span>
          </div>
          <p className="tie-name">
            <AgreementName tie={t} />
            {t.bloc && <span className="muted">{m.panel.withBloc(t.bloc)}</span>}
          </p>
          <dl className="tie-dates">
            <dt>{m.panel.signed}</dt>
            <dd data-field="signed">{fmt.date(t.signed)}</dd>
            <dt>{m.panel.inForce}</dt>
            <dd data-field="in-force">{fmt.date(t.inForce)}</dd>
            {t.terminated && (
              <>
                <dt>{m.panel.ended}</dt>
                <dd>{fmt.date(t.terminated)}</dd>
              </>
            )}
          </dl>
          <RecordProvenance note={t.note} sourceUrl={t.sourceUrl} checked={t.checked} />
        </li>
      ))}
    </ul>
  );
}
