import { useI18n } from '../../i18n/use-i18n';
import type { MissingFact } from '../../selectors/data-coverage';
import { LocalText } from '../ui/LocalText';

/** Every record with a fact no page states, and where it was looked for: the register's open questions. */
export function MissingFacts({ facts }: { facts: MissingFact[] }) {
  const { m, fmt } = useI18n();
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
            {f.partner && ` (${f.partner})`}: <span lang="en">{f.searched}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
