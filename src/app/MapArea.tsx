import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { AtlasMap, type AtlasMapProps } from '../components/map/AtlasMap';
import { MapUnavailable } from '../components/map/MapUnavailable';
import { canDrawMap, isNoWebGL } from '../components/map/webgl-support';
import { EconomyTable } from '../components/table/EconomyTable';
import { OfficeTable } from '../components/table/OfficeTable';
import type { Atlas } from '../domain/records';
import { COMPARE_MAX } from '../state/ui-state';
import { setTableOf, toggleCompare } from '../state/ui-actions';
import { useUiPick } from '../state/ui-store';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/use-i18n';
import type { EconomyRow } from '../selectors/economy-rows';

type MapProps = Omit<AtlasMapProps, 'onFirstIdle'>;

interface Props {
  /** The Table view: the same economies as a sortable table instead of the map. */
  asTable: boolean;
  atlas: Atlas | null;
  /** The data is in. Before it, only the map is drawn (it starts loading at once); tables wait. */
  ready: boolean;
  mapProps: MapProps;
  rows: EconomyRow[];
  /** Called once the first view is ready: the map's first idle, or at once when a table stands in. */
  onReady: () => void;
  /** The Table view offers a "Compare" column (the full page; not an embed). */
  withCompare?: boolean;
}

/** The map, or the same data as a table: by choice (Table view), without WebGL, or if the map fails. */
export function MapArea({ asTable, atlas, ready, mapProps, rows, onReady, withCompare = false }: Props) {
  const { m } = useI18n();
  const [webgl] = useState(canDrawMap);
  const noMap = asTable || !webgl;
  useEffect(() => {
    if (noMap && ready) onReady();
  }, [noMap, ready, onReady]);
  const { selected, onSelect } = mapProps;
  if (noMap && !ready) return <div className="map" role="region" aria-label={asTable ? m.table.region : m.map.region} aria-busy="true" />;
  if (asTable) return <Tables atlas={atlas} mapProps={mapProps} rows={rows} withCompare={withCompare} />;
  return (
    <ErrorBoundary
      part={m.failure.parts.map}
      fallback={(error, retryMap) => (
        <ReadyNow onReady={onReady}>
          <MapUnavailable
            reason={isNoWebGL(error) ? m.mapUnavailable.noWebgl : m.mapUnavailable.failed(error.message)}
            rows={rows}
            selected={selected}
            onSelect={onSelect}
            onRetry={retryMap}
          />
        </ReadyNow>
      )}
    >
      {webgl ? (
        <AtlasMap {...mapProps} onFirstIdle={onReady} />
      ) : (
        <MapUnavailable reason={m.mapUnavailable.noWebgl} rows={rows} selected={selected} onSelect={onSelect} />
      )}
    </ErrorBoundary>
  );
}

const TABLE_KEYS = ['tableOf', 'compare'] as const;

/** The Table view: economies or offices. Only it follows the table's tab and the comparison, so the map does not re-render for them. */
function Tables({
  atlas,
  mapProps,
  rows,
  withCompare,
}: {
  atlas: Atlas | null;
  mapProps: MapProps;
  rows: EconomyRow[];
  withCompare: boolean;
}) {
  const { m } = useI18n();
  const { tableOf, compare: codes } = useUiPick(TABLE_KEYS);
  const compare = useMemo(
    () => (withCompare ? { codes, full: codes.length >= COMPARE_MAX, onToggle: toggleCompare } : undefined),
    [withCompare, codes],
  );
  return (
    // A scrolling region: focusable, so keyboard users can scroll it.
    <div className="map map-table" role="region" aria-label={m.table.region} tabIndex={0}>
      <div className="segmented table-tabs" role="group" aria-label={m.table.contents}>
        {(['economies', 'offices'] as const).map((t) => (
          <button key={t} type="button" aria-pressed={tableOf === t} onClick={() => setTableOf(t)}>
            {t === 'economies' ? m.table.economiesTab : m.table.officesTab}
          </button>
        ))}
      </div>
      {tableOf === 'offices' && atlas ? (
        <OfficeTable atlas={atlas} selected={mapProps.office} onSelectOffice={mapProps.onSelectOffice} />
      ) : (
        <EconomyTable
          rows={rows}
          selected={mapProps.selected}
          onSelect={mapProps.onSelect}
          caption={m.table.caption(String(rows.length))}
          compare={compare}
        />
      )}
    </div>
  );
}

/** A stand-in for a failed map counts as the first view being ready. */
function ReadyNow({ onReady, children }: { onReady: () => void; children: ReactNode }) {
  useEffect(onReady, [onReady]);
  return <>{children}</>;
}
