import { useEffect, useRef, useState } from 'react';
import type { Economy } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import type { MissingFact } from '../../selectors/data-coverage';
import { LocalText } from '../ui/LocalText';
import { SearchedText } from '../ui/SearchedText';
import { useEconomyName } from '../ui/use-economy-name';

/**
 * Facts listed before "Show all": twice the register's count today, so the list is whole for now
 * and About still opens at once should the register grow many times over (npm run bench, ×100 data).
 */
export const MISSING_FACTS_LIMIT = 300;

/**
 * Every record with a fact no page states, and where it was looked for: the register's open questions.
 * `facts` come in the reader's order (about-models.ts).
 */
export function MissingFacts({ facts, economies }: { facts: MissingFact[]; economies: readonly Economy[] }) {
  const { m, fmt } = useI18n();
  const place = useEconomyName(economies);
  const p = fmt.punctuation;
  const [showAll, setShowAll] = useState(false);
  // The button goes away once pressed: focus moves to the first fact it revealed.
  const firstRevealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (showAll) firstRevealed.current?.focus();
  }, [showAll]);
  if (facts.length === 0) return null;
  const shown = showAll ? facts : facts.slice(0, MISSING_FACTS_LIMIT);
  return (
    <details className="missing-facts" data-testid="missing-facts">
      <summary>
        <h3>{m.about.missingTitle(fmt.number(facts.length))}</h3>
      </summary>
      <p className="muted">{m.about.missingIntro}</p>
      <ul className="plain-list" id="missing-facts-list">
        {shown.map((f, i) => (
          <li
            key={`${f.kind}|${f.id}`}
            data-record={f.id}
            {...(showAll && i === MISSING_FACTS_LIMIT ? { ref: firstRevealed, tabIndex: -1 } : {})}
          >
            <strong>
              {f.tieType && `${m.tieType[f.tieType].short} · `}
              <LocalText en={f.name} zh={f.nameZh} />
            </strong>
            {f.partner && `${p.open}${place(f.partner)}${p.close}`}
            {p.colon}
            <SearchedText en={f.searched} zh={f.searchedZh} />
          </li>
        ))}
      </ul>
      {shown.length < facts.length && (
        <button type="button" className="link-button show-all" aria-controls="missing-facts-list" onClick={() => setShowAll(true)}>
          {m.about.showAllFacts(fmt.number(facts.length))}
        </button>
      )}
    </details>
  );
}
