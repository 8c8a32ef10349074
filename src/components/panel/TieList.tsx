import { useEffect, useRef, useState } from 'react';
import type { Disagreement, Tie } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { tieCorrection } from '../../selectors/correction-link';
import { CorrectionLink } from '../ui/CorrectionLink';
import { RecordProvenance } from '../ui/RecordProvenance';
import { TieFacts } from './TieFacts';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { AgreementName } from './AgreementName';

/** Ties listed before "Show all": more than any economy has today, so a long list stays quick to open. */
export const TIE_LIST_LIMIT = 12;

interface Props {
  ties: Tie[];
  disagreements: Disagreement[];
  /** The id of the heading that names the list ("Ties with Hong Kong (n)"), so the list is announced by it. */
  labelledBy: string;
}

/** Every tie of one economy: type, name, status, dates and official source. */
export function TieList({ ties, disagreements, labelledBy }: Props) {
  const { m, fmt } = useI18n();
  const [showAll, setShowAll] = useState(false);
  // The button goes away once pressed: focus moves to the first tie it revealed.
  const firstRevealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (showAll) firstRevealed.current?.focus();
  }, [showAll]);
  if (ties.length === 0) return <p className="muted">{m.panel.noTies}</p>;
  const shown = showAll ? ties : ties.slice(0, TIE_LIST_LIMIT);
  return (
    <>
      <ul className="tie-list" id="tie-list" aria-labelledby={labelledBy}>
        {shown.map((t, i) => (
          <li
            key={`${t.agreementId}-${t.partner}`}
            className="tie"
            data-testid={`tie-${t.agreementId}`}
            {...(showAll && i === TIE_LIST_LIMIT ? { ref: firstRevealed, tabIndex: -1 } : {})}
          >
            <div className="tie-head">
              <TieTypeBadge type={t.tieType} />
              <span className={`status status-${t.status}`}>{m.status[t.status]}</span>
            </div>
            <p className="tie-name">
              <AgreementName tie={t} />
              {t.bloc && <span className="muted">{m.panel.withBloc(t.bloc)}</span>}
            </p>
            <TieFacts
              tie={t}
              disagreements={disagreements.filter((d) => d.recordId === t.agreementId && (d.partner === null || d.partner === t.partner))}
            />
            <RecordProvenance sourceUrl={t.sourceUrl} checked={t.checked} />
            <CorrectionLink record={tieCorrection(t)} />
          </li>
        ))}
      </ul>
      {shown.length < ties.length && (
        <button type="button" className="link-button show-all" aria-controls="tie-list" onClick={() => setShowAll(true)}>
          {m.panel.showAllTies(fmt.number(ties.length))}
        </button>
      )}
    </>
  );
}
