import type { Disagreement, Economy } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import type { DisagreementRow } from '../../selectors/disagreements';
import { LocalText } from '../ui/LocalText';
import { TierMark } from '../ui/TierMark';
import { useEconomyName } from '../ui/use-economy-name';

/** Every fact two pages state differently: the value kept, the other value, and each page with its tier. */
export function SourceDisagreements({ rows, economies }: { rows: DisagreementRow[]; economies: readonly Economy[] }) {
  const { m, fmt } = useI18n();
  const place = useEconomyName(economies);
  const a = m.about;
  const shown = (field: Disagreement['field'], value: string | null) =>
    value === null
      ? '—'
      : field === 'status'
        ? (m.status[value as keyof typeof m.status] ?? value)
        : field === 'mous_signed'
          ? value
          : fmt.date(value);
  return (
    <>
      <h3>{a.disagreementsTitle}</h3>
      {rows.length === 0 ? (
        <p className="muted">{a.noDisagreements}</p>
      ) : (
        <>
          <p className="muted">{a.disagreementsIntro}</p>
          <table className="totals disagreements" data-testid="disagreements">
            <thead>
              <tr>
                <th scope="col">{a.colRecord}</th>
                <th scope="col">{a.colFact}</th>
                <th scope="col">{a.colKept}</th>
                <th scope="col">{a.colOther}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ disagreement: d, name, nameZh, tieType, partner, kept }) => (
                <tr key={`${d.recordId}|${d.partner}|${d.field}|${d.value}`}>
                  <th scope="row">
                    {/* An agreement reads as its type and partner (the full name is its title); an office or mission by name. */}
                    {tieType && partner ? (
                      <span title={name}>
                        {m.tieType[tieType].short} · {place(partner)}
                      </span>
                    ) : (
                      <LocalText en={name} zh={nameZh} />
                    )}
                  </th>
                  <td data-label={a.colFact} className="fact">
                    {a.fact[d.field]}
                  </td>
                  <td data-label={a.colKept}>
                    {shown(d.field, kept.value)} {kept.sourceUrl && <TierMark url={kept.sourceUrl} />}
                  </td>
                  <td data-label={a.colOther}>
                    {shown(d.field, d.value)} <TierMark url={d.sourceUrl} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
