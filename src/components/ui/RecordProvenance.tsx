import { useI18n } from '../../i18n/use-i18n';
import { TierMark } from './TierMark';

/** A record's main page, with its tier, and the date the record was last checked against its sources. */
export function RecordProvenance({ sourceUrl, checked }: { sourceUrl: string; checked: string }) {
  const { m, fmt } = useI18n();
  return (
    <p className="tie-source">
      <span className="muted">
        {m.panel.sourceShort}
        {fmt.punctuation.colon}
      </span>
      <TierMark url={sourceUrl} /> <span className="muted">{m.panel.checked(fmt.date(checked))}</span>
    </p>
  );
}
