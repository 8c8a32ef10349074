import { useI18n } from '../../i18n/use-i18n';
import type { SourceTier } from '../../domain/source-hosts';
import type { DataCoverage as Coverage, Known, KnownByTier } from '../../selectors/data-coverage';

/** Per tie type, how many signature and entry-into-force dates are recorded and from which tier, so gaps are visible, not hidden. */
export function DataCoverage({ coverage }: { coverage: Coverage }) {
  const { m, fmt } = useI18n();
  const c = m.about.coverage;
  const knownOf = (k: Known) => c.knownOf(fmt.number(k.known), fmt.number(k.of));
  const tiers = (t: Record<SourceTier, number>) => c.tiers(fmt.number(t[1]), fmt.number(t[2]), fmt.number(t[3]));
  const withTiers = (k: KnownByTier) => (
    <>
      {knownOf(k)}
      <span className="tier-split">{tiers(k.byTier)}</span>
    </>
  );
  return (
    <>
      <h3>{c.title}</h3>
      <table className="totals coverage">
        <caption>{c.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.type}</th>
            <th scope="col">{c.agreements}</th>
            <th scope="col">{c.ties}</th>
            <th scope="col">{c.signed}</th>
            <th scope="col">{c.inForceStatus}</th>
            <th scope="col">{c.inForce}</th>
            <th scope="col">{c.signedOnly}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.tieTypes.map((t) => (
            <tr key={t.type} data-type={t.type}>
              <th scope="row">
                {/* Narrow screens get the short label: the long one would wrap letter by letter in a narrow column. */}
                <span className="label-long">{m.tieType[t.type].long}</span>
                <abbr className="label-short" title={m.tieType[t.type].long}>
                  {m.tieType[t.type].short}
                </abbr>
              </th>
              <td className="num" data-label={c.agreements}>
                {fmt.number(t.agreements)}
              </td>
              <td className="num" data-label={c.ties}>
                {fmt.number(t.ties)}
              </td>
              <td className="num" data-col="signed" data-label={c.signed}>
                {withTiers(t.signed)}
              </td>
              <td className="num" data-col="in-force-status" data-label={c.inForceStatus}>
                {fmt.number(t.inForceStatus[1] + t.inForceStatus[2] + t.inForceStatus[3])}
                <span className="tier-split">{tiers(t.inForceStatus)}</span>
              </td>
              <td className="num" data-col="in-force" data-label={c.inForce}>
                {withTiers(t.inForce)}
              </td>
              <td className="num" data-label={c.signedOnly}>
                {fmt.number(t.signedOnly)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{c.others(knownOf(coverage.officesOpened), knownOf(coverage.missionsEnded), knownOf(coverage.missionMous))}</p>
      <p className="muted">{c.rule}</p>
    </>
  );
}
