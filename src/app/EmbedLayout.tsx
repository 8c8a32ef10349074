import { Suspense, lazy, useEffect } from 'react';
import { EmbedFrame } from '../components/embed/EmbedFrame';
import { fullViewUrl } from '../components/embed/embed-urls';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useI18n } from '../i18n/use-i18n';
import type { Embed } from '../state/ui-state';
import { useUiStore } from '../state/ui-store';
import { MapArea } from './MapArea';
import { TimeBarPart } from './TimeBarPart';
import type { ReadyAtlas } from './use-atlas-load';
import { useAtlasScreen } from './use-atlas-screen';

const EmbedChart = lazy(() => import('./EmbedChart').then((mod) => ({ default: mod.EmbedChart })));

interface Props {
  part: Embed;
  /** null while the data loads (the map starts meanwhile). */
  ready: ReadyAtlas | null;
  /** The first view is ready: the timeline's series are derived. */
  chartsOn: boolean;
  onFirstView: () => void;
}

/** `embed=1`: the map with its legend and time bar, or one chart, without the page's header, filters and panels. */
export function EmbedLayout({ part, ready, chartsOn, onFirstView }: Props) {
  const { m } = useI18n();
  const { view, map, charts, laterFilters, later } = useAtlasScreen(ready, chartsOn);
  // A string: it changes (and re-renders this) only when the address of the full view does.
  const fullView = useUiStore((s) => fullViewUrl(s, `${window.location.origin}${window.location.pathname}`));
  // A chart has no map to wait for: the first view is ready with the data (this also derives the timeline).
  useEffect(() => {
    if (part !== 'map' && ready) onFirstView();
  }, [part, ready, onFirstView]);
  return (
    <EmbedFrame part={part} asOf={ready?.atlas.asOf ?? null} fullView={fullView}>
      {part === 'map' ? (
        // The map draws its own legend; the time bar lets a reader of the host page move through the years.
        <div className="embed-map-column">
          <MapArea asTable={false} atlas={null} ready={!!ready} mapProps={map.mapProps} rows={view.economyRows} onReady={onFirstView} />
          {ready && <TimeBarPart lastYear={ready.stable.lastYear} onScreen />}
        </div>
      ) : (
        <Suspense fallback={<StatusMessage title={m.loading} />}>
          {ready && (
            <EmbedChart chart={part} charts={charts} types={laterFilters.types} basis={laterFilters.basis} countRule={later.countRule} />
          )}
        </Suspense>
      )}
    </EmbedFrame>
  );
}
