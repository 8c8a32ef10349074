import { sourceHostOf, tierOf } from '../../domain/source-hosts';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Who states a fact: a small link to the page, labelled with the source's tier ("HK government",
 * "partner government / intergovernmental", "reported by <publisher>"). The tier also shows in the
 * mark's border style, so colour is never the only signal.
 */
export function TierMark({ url }: { url: string }) {
  const { m } = useI18n();
  const tier = tierOf(url);
  const publisher = sourceHostOf(url)?.publisher ?? new URL(url).hostname;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className={`tier-mark tier-${tier}`}
      data-tier={tier}
      title={`${m.sources.tierName[tier]}: ${publisher}`}
    >
      {tier === 3 ? (
        <>
          {m.sources.reportedBy}
          <span lang="en">{publisher}</span>
          {m.sources.reportedByAfter}
        </>
      ) : (
        m.sources.tierShort[tier]
      )}
    </a>
  );
}
