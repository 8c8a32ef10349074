import { useEffect, useState } from 'react';
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
  /** Called once the first view is ready: the map's first idle, or at once when a table stands in. */
  onReady: () => void;
}

/** The map, or the same data as a table: by choice (Table view), without WebGL, or if the map fails. */
export function MapArea({ asTable, geometry, view, selected, highlighted, onSelect, onReady }: Props) {
  const { m } = useI18n();
  const [webgl] = useState(canDrawMap);
  const noMap = asTable || !webgl;
  useEffect(() => {
    if (noMap) onReady();
  }, [noMap, onReady]);
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
        <MapReadyNow onReady={onReady}>
          <MapUnavailable reason={m.table.mapFailed(error.message)} rows={view.economyRows} selected={selected} onSelect={onSelect} onRetry={retryMap} />
        </MapReadyNow>
      )}
    >
      {webgl ? (
        <AtlasMap geometry={geometry} states={view.featureStates} selected={selected} highlighted={highlighted} onSelect={onSelect} onFirstIdle={onReady} />
      ) : (
        <MapUnavailable reason={m.table.noWebgl} rows={view.economyRows} selected={selected} onSelect={onSelect} />
      )}
    </ErrorBoundary>
  );
}

/** A stand-in for a failed map counts as the first view being ready. */
function MapReadyNow({ onReady, children }: { onReady: () => void; children: React.ReactNode }) {
  useEffect(onReady, [onReady]);
  return <>{children}</>;
}
