import type { Iso2 } from '../../domain/primitives';
import type { EconomyRow } from '../../selectors/economy-rows';
import { useI18n } from '../../i18n/use-i18n';
import { EconomyTable } from '../table/EconomyTable';

interface Props {
  /** Why there is no map, in the reader's words. */
  reason: string;
  rows: EconomyRow[];
  selected: string | null;
  onSelect: (iso2: Iso2) => void;
  onRetry?: () => void;
}

/** Stands in for the map when it cannot be drawn: says why, and shows the same data as a table. */
export function MapUnavailable({ reason, rows, selected, onSelect, onRetry }: Props) {
  const { m } = useI18n();
  return (
    <div className="map map-unavailable" role="region" aria-label={m.mapUnavailable.region}>
      <div className="map-notice" role="status">
        <p className="status-title">{m.mapUnavailable.title}</p>
        <p>
          {reason} {m.mapUnavailable.hint}
        </p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {m.mapUnavailable.tryAgain}
          </button>
        )}
      </div>
      <EconomyTable rows={rows} selected={selected} onSelect={onSelect} caption={m.table.caption(String(rows.length))} />
    </div>
  );
}
