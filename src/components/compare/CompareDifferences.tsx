import { useI18n } from '../../i18n/use-i18n';
import type { CompareDifference } from '../../selectors/compare';

/** The differences said in words: "Singapore has no CDTA; Malaysia has had one since 2012." */
export function CompareDifferences({ differences }: { differences: CompareDifference[] }) {
  const { m, fmt } = useI18n();
  const year = (date: string) => date.slice(0, 4);
  return (
    <section className="compare-differences" aria-labelledby="compare-diff-title">
      <h3 id="compare-diff-title">{m.compare.differences}</h3>
      {differences.length === 0 ? (
        <p>{m.compare.alike}</p>
      ) : (
        <ul>
          {differences.map((d) => {
            const type = m.tieType[d.type].short;
            const parts = [
              ...(d.none.length ? [fmt.plural(d.none.length, m.compare.noneOf(fmt.list(d.none.map(fmt.economyName)), type))] : []),
              // "Malaysia has had one since 2012, Thailand since 2005": the first dated one says it in full.
              ...d.inForce.map((x) =>
                x.since
                  ? m.compare.hasSince(fmt.economyName(x.economy), year(x.since), x === d.inForce.find((y) => y.since))
                  : m.compare.hasUndated(fmt.economyName(x.economy)),
              ),
              ...d.pending.map((x) => m.compare.pending(fmt.economyName(x.economy), m.status[x.status])),
              ...d.ended.map((x) => m.compare.endedFor(fmt.economyName(x.economy), fmt.date(x.date))),
            ];
            return (
              <li key={d.type} data-type={d.type}>
                {/* The type is named by "has no CDTA"; where every economy has some tie of it, it leads the sentence. */}
                {d.none.length ? '' : m.compare.typeLead(type)}
                {parts.join(m.compare.join)}
                {m.compare.end}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
