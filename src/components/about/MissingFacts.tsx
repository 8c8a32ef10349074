import type { Economy } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import type { MissingFact } from '../../selectors/data-coverage';
import { LocalText } from '../ui/LocalText';
import { useEconomyName } from '../ui/use-economy-name';

/** Every record with a fact no page states, and where it was looked for: the register's open questions. */
export function MissingFacts({ facts, economies }: { facts: MissingFact[]; economies: readonly Economy[] }) {
  const { m, fmt } = useI18n();
  const place = useEconomyName(economies);
  const p = fmt.punctuation;
  if (facts.length === 0) return null;
  return (
    <details className="missing-facts" data-testid="missing-facts">
      <summary>
        <h3>{m.about.missingTitle(fmt.number(facts.length))}</h3>
      </summary>
      <p className="muted">{m.about.missingIntro}</p>
      <ul className="plain-list">
        {facts.map((f) => (
          <li key={`${f.kind}|${f.id}`} data-record={f.id}>
            <strong>
              {f.tieType && `${m.tieType[f.tieType].short} · `}
              <LocalText en={f.name} zh={f.nameZh} />
            </strong>
            {f.partner && `${p.open}${place(f.partner)}${p.close}`}
            {p.colon}
            <span lang="en">{f.searched}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
