import { Suspense, lazy, useEffect } from 'react';
import { EmbedFrame } from '../components/embed/EmbedFrame';
import { fullViewUrl } from '../components/embed/embed-urls';
import { TimeBar } from '../components/filters/TimeBar';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useI18n } from '../i18n/use-i18n';
import type { Embed, UiState } from '../state/ui-state';
import { useUiActions } from '../state/use-ui-actions';
import { MapArea } from './MapArea';
import type { useAtlasView } from './use-atlas-view';
import type { useMapView } from './use-map-view';

const EmbedChart = lazy(() => import('./EmbedChart').then((mod) => ({ default: mod.EmbedChart })));

interface Props {
  part: Embed;
  ready: boolean;
  asOf: string | null;
  ui: UiState;
  view: ReturnType<typeof useAtlasView>;
  mapProps: ReturnType<typeof useMapView>['mapProps'];
  onReady: () => void;
}

/** `embed=1`: the map with its legend and time bar, or one chart, without the page's header, filters and panels. */
export function EmbedLayout({ part, ready, asOf, ui, view, mapProps, onReady }: Props) {
  const { m } = useI18n();
  const { setYear, setBasis } = useUiActions();
  // A chart has no map to wait for: the first view is ready with the data (this also derives the timeline).
  useEffect(() => {
    if (part !== 'map' && ready) onReady();
  }, [part, ready, onReady]);
  const fullView = fullViewUrl(ui, `${window.location.origin}${window.location.pathname}`);
  return (
    <EmbedFrame part={part} asOf={asOf} fullView={fullView}>
      {part === 'map' ? (
        // The map draws its own legend; the time bar lets a reader of the host page move through the years.
        <div className="embed-map-column">
          <MapArea
            asTable={false}
            tableOf={ui.tableOf}
            atlas={null}
            ready={ready}
            mapProps={mapProps}
            rows={view.economyRows}
            onReady={onReady}
          />
          {ready && view.stable && (
            <TimeBar year={ui.year} lastYear={view.stable.lastYear} basis={ui.basis} onYear={setYear} onBasis={setBasis} />
          )}
        </div>
      ) : (
        <Suspense fallback={<StatusMessage title={m.loading} />}>{ready && <EmbedChart chart={part} ui={ui} view={view} />}</Suspense>
      )}
    </EmbedFrame>
  );
}
