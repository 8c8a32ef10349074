import { useState } from 'react';
import { AtlasMap } from '../components/map/AtlasMap';
import { MapUnavailable } from '../components/map/MapUnavailable';
import { canDrawMap } from '../components/map/webgl-support';
import { EconomyTable } from '../components/table/EconomyTable';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import type { EconomyGeometry } from '../data/geometry-query';
import type { Iso2 } from '../domain/primitives';
import { useI18n } from '../i18n/use-i18n';
import type { useAtlasView } from './use-atlas-view';

interface Props {
  /** The Table view: the same economies as a sortable table instead of the map. */
  asTable: boolean;
  geometry: EconomyGeometry;
  view: ReturnType<typeof useAtlasView>;
  selected: string | null;
  highlighted: ReadonlySet<string>;
  onSelect: (iso2: Iso2 | null) => void;
}

/** The map, or the same data as a table: by choice (Table view), without WebGL, or if the map fails. */
export function MapArea({ asTable, geometry, view, selected, highlighted, onSelect }: Props) {
  const { m } = useI18n();
  const [webgl] = useState(canDrawMap);
  if (asTable) {
    return (
      <div className="map map-table" role="region" aria-label={m.table.region}>
        <EconomyTable rows={view.economyRows} selected={selected} onSelect={onSelect} caption={m.table.caption(String(view.economyRows.length))} />
      </div>
    );
  }
  return (
    <ErrorBoundary
      part={m.table.mapPart}
      fallback={(error, retryMap) => (
        <MapUnavailable reason={m.table.mapFailed(error.message)} rows={view.economyRows} selected={selected} onSelect={onSelect} onRetry={retryMap} />
      )}
    >
      {webgl ? (
        <AtlasMap geometry={geometry} states={view.featureStates} selected={selected} highlighted={highlighted} onSelect={onSelect} />
      ) : (
        <MapUnavailable reason={m.table.noWebgl} rows={view.economyRows} selected={selected} onSelect={onSelect} />
      )}
    </ErrorBoundary>
  );
}
