import { CHANGES_URL, useChanges } from '../../data/changes-query';
import type { Atlas } from '../../domain/records';
import type { RecordChange } from '../../domain/release';
import { useI18n } from '../../i18n/use-i18n';
import { changeRecordName, changedDisagreementField } from '../../selectors/change-names';
import { useEconomyName } from '../ui/use-economy-name';
import { LocalText } from '../ui/LocalText';
import { ChangeValueCell } from './ChangeValueCell';

type FieldChange = RecordChange['fields'][number];

const CHANGES_CSV_URL = CHANGES_URL.replace(/\.json$/, '.csv');
/** Past this many rows the table starts folded: a release that touches every record stays readable. */
const OPEN_UP_TO = 25;

const count = (changes: readonly RecordChange[], kind: RecordChange['kind']) => changes.filter((c) => c.kind === kind).length;

/** About: the data release's version and what changed since the previous release, with the list to download. */
export function ReleaseChanges({ atlas }: { atlas: Atlas }) {
  const { m, fmt } = useI18n();
  const query = useChanges();
  const place = useEconomyName(atlas.economies);
  const t = m.release;
  /** The record as readers know it: by name (not the list's id or code), a headline figure by its words, a disagreement with its fact. */
  const recordLabel = (c: RecordChange) => {
    const name = changeRecordName(atlas, c);
    const fact = changedDisagreementField(c);
    const figure = c.collection === 'headlineTotals' ? m.metric[c.id as keyof typeof m.metric] : undefined;
    return (
      <>
        {figure ?? <LocalText en={name?.en ?? c.label} zh={name?.zh ?? null} />}
        {fact && ` · ${m.about.fact[fact]}`}
      </>
    );
  };
  if (query.isError) return <p role="alert">{t.failed}</p>;
  if (!query.data) return <p className="muted">{t.loading}</p>;
  const { version, asOf, previous, changes } = query.data;
  const rows = changes.flatMap((c): { c: RecordChange; f: FieldChange | null }[] =>
    c.fields.length ? c.fields.map((f) => ({ c, f })) : [{ c, f: null }],
  );
  return (
    <section aria-labelledby="release-title" data-testid="release-changes">
      <h3 id="release-title">{t.title}</h3>
      <p>{t.version(version, fmt.date(asOf))}</p>
      {previous ? (
        <p>
          {t.since(previous.version, fmt.date(previous.asOf))}{' '}
          {changes.length
            ? fmt.plural(
                count(changes, 'added'),
                t.counts(fmt.number(count(changes, 'added')), fmt.number(count(changes, 'removed')), fmt.number(count(changes, 'changed'))),
              )
            : t.none}
        </p>
      ) : (
        <p>{t.first}</p>
      )}
      {rows.length > 0 && (
        <details open={rows.length <= OPEN_UP_TO}>
          <summary>{fmt.plural(rows.length, t.details(fmt.number(rows.length)))}</summary>
          <table className="totals release-changes">
            <thead>
              <tr>
                <th scope="col">{t.colRecord}</th>
                <th scope="col">{t.colChange}</th>
                <th scope="col">{t.colField}</th>
                <th scope="col">{t.colBefore}</th>
                <th scope="col">{t.colAfter}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ c, f }) => (
                <tr key={`${c.collection}|${c.id}|${f?.field ?? ''}`}>
                  <th scope="row">
                    {recordLabel(c)}
                    <span className="muted">
                      {fmt.punctuation.open}
                      {t.collections[c.collection as keyof typeof t.collections] ?? c.collection}
                      {fmt.punctuation.close}
                    </span>
                  </th>
                  <td data-label={t.colChange} className="change-kind">
                    {t.kind[c.kind]}
                  </td>
                  <td data-label={t.colField} className="change-field">
                    {f && (t.fields[f.field as keyof typeof t.fields] ?? <code>{f.field}</code>)}
                  </td>
                  <td data-label={t.colBefore}>{f && <ChangeValueCell field={f.field} text={f.before} place={place} />}</td>
                  <td data-label={t.colAfter}>{f && <ChangeValueCell field={f.field} text={f.after} place={place} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <p>
        {t.download}{' '}
        <a href={CHANGES_CSV_URL} download>
          changes.csv
        </a>{' '}
        ·{' '}
        <a href={CHANGES_URL} download>
          changes.json
        </a>
      </p>
    </section>
  );
}
