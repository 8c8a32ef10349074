import type { Disagreement, DisagreementField, Tie } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { SearchedNote } from '../ui/SearchedNote';
import { TierMark } from '../ui/TierMark';

/**
 * The dated facts in the order they are shown. `onlyIfRecorded`: an end or a suspension is a line of
 * its own only where one is recorded (most agreements have neither); a missing signature or entry
 * into force is shown as missing ("—"), never as a statement.
 */
const DATE_FIELDS = [
  { key: 'signed', field: 'signed', source: 'signedSource', testId: 'signed', onlyIfRecorded: false },
  { key: 'inForce', field: 'in_force', source: 'inForceSource', testId: 'in-force', onlyIfRecorded: false },
  { key: 'terminated', field: 'terminated', source: 'terminatedSource', testId: 'terminated', onlyIfRecorded: true },
  { key: 'suspended', field: 'suspended', source: 'suspendedSource', testId: 'suspended', onlyIfRecorded: true },
] as const;

/**
 * A tie's dated facts, each with the tier mark of the page that states it, the values other pages
 * give that the record does not keep, and, where a fact is missing, where it was looked for.
 */
export function TieFacts({ tie, disagreements }: { tie: Tie; disagreements: Disagreement[] }) {
  const { m, fmt } = useI18n();
  const others = (field: DisagreementField) => disagreements.filter((d) => d.field === field);
  const isDate = (field: DisagreementField) => field !== 'status';
  const shownValue = (d: Disagreement) => (isDate(d.field) ? fmt.date(d.value) : (m.status[d.value as Tie['status']] ?? d.value));
  const labels = { signed: m.panel.signed, inForce: m.panel.inForce, terminated: m.panel.ended, suspended: m.panel.suspended };
  return (
    <>
      <dl className="tie-dates">
        <dt>{m.sources.status}</dt>
        <dd data-field="status">
          {m.status[tie.status]} <TierMark url={tie.statusSource} />
          <Others list={others('status')} shown={shownValue} />
        </dd>
        {DATE_FIELDS.map(({ key, field, source, testId, onlyIfRecorded }) => {
          const value = tie[key];
          if (onlyIfRecorded && !value) return null;
          const url = tie[source];
          return (
            <div key={key} className="tie-fact">
              <dt>{labels[key]}</dt>
              <dd data-field={testId}>
                {value ? fmt.date(value) : key === 'inForce' && tie.status === 'in_force' ? m.sources.dateNotRecorded : '—'}
                {url && (
                  <>
                    {' '}
                    <TierMark url={url} />
                  </>
                )}
                <Others list={others(field)} shown={shownValue} />
              </dd>
            </div>
          );
        })}
      </dl>
      <SearchedNote en={tie.searched} zh={tie.searchedZh} />
    </>
  );
}

function Others({ list, shown }: { list: Disagreement[]; shown: (d: Disagreement) => string }) {
  const { m } = useI18n();
  if (list.length === 0) return null;
  return (
    <span className="fact-disagreement" data-testid="disagreement">
      {list.map((d) => (
        <span key={`${d.sourceUrl}|${d.value}`}>
          {' · '}
          {m.sources.alsoStated}: {shown(d)} <TierMark url={d.sourceUrl} />
        </span>
      ))}
    </span>
  );
}
