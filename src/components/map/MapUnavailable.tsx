import type { Iso2 } from '../../domain/primitives';
import type { EconomyRow } from '../../selectors/economy-rows';
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
  return (
    <div className="map map-unavailable" role="region" aria-label="Partner economies (table instead of the map)">
      <div className="map-notice" role="status">
        <p className="status-title">The map cannot be shown here.</p>
        <p>{reason} The same data is shown below as a table; choose an economy to see its ties.</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try the map again
          </button>
        )}
      </div>
      <EconomyTable rows={rows} selected={selected} onSelect={onSelect} caption={`Partner economies of the selected types (${rows.length})`} />
    </div>
  );
}
