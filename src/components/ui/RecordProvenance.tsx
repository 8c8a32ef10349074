import { useI18n } from '../../i18n/use-i18n';
import { SourceLink } from './SourceLink';

/** A record's note (in English, as the sources give it), its official source and the date it was checked. */
export function RecordProvenance({ note, sourceUrl, checked }: { note: string | null; sourceUrl: string; checked: string }) {
  const { m, fmt } = useI18n();
  return (
    <>
      {note && (
        <p className="tie-note" lang="en">
          {note}
        </p>
      )}
      <p className="tie-source">
        <SourceLink url={sourceUrl} /> <span className="muted">{m.panel.checked(fmt.date(checked))}</span>
      </p>
    </>
  );
}
