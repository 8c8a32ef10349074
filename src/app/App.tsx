import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AboutView } from '../components/about/AboutView';
import { AtlasMap } from '../components/map/AtlasMap';
import { MapLegend } from '../components/map/MapLegend';
import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { TimelineChart } from '../components/charts/TimelineChart';
import { EconomyPicker } from '../components/panel/EconomyPicker';
import { FilterPanel } from '../components/panel/FilterPanel';
import { NetworkOverview } from '../components/panel/NetworkOverview';
import { PartnerPanel } from '../components/panel/PartnerPanel';
import { MapUnavailable } from '../components/map/MapUnavailable';
import { canDrawMap } from '../components/map/webgl-support';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useAtlas } from '../data/atlas-query';
import { useEconomyGeometry } from '../data/geometry-query';
import { pickUiState, useUiStore } from '../state/ui-store';
import { useUrlSync } from '../state/url-sync';
import { useAtlasView } from './use-atlas-view';

export function App() {
  const atlasQuery = useAtlas();
  const geometryQuery = useEconomyGeometry();
  const ui = useUiStore(useShallow(pickUiState));
  const { select, toggleType, setView } = useUiStore.getState();
  const view = useAtlasView(atlasQuery.data, ui);
  useUrlSync(view.known);
  const [webgl] = useState(canDrawMap);

  const failed = atlasQuery.error ?? geometryQuery.error;
  const retry = () => {
    if (atlasQuery.isError) void atlasQuery.refetch();
    if (geometryQuery.isError) void geometryQuery.refetch();
  };

  return (
    <div className="app" data-ready={atlasQuery.data && geometryQuery.data ? 'true' : undefined}>
      <header className="app-header">
        <h1>Hong Kong Ties Atlas</h1>
        <p className="tagline">Hong Kong's trade, investment, tax and customs agreements with the world, from official sources.</p>
        <nav aria-label="Views" className="views">
          <button type="button" aria-pressed={ui.view === 'atlas'} onClick={() => setView('atlas')}>
            Map
          </button>
          <button type="button" aria-pressed={ui.view === 'about'} onClick={() => setView('about')}>
            About the data
          </button>
        </nav>
      </header>
      {failed ? (
        <StatusMessage
          title="The atlas data could not be loaded."
          detail={failed.message}
          onRetry={retry}
          retrying={atlasQuery.isFetching || geometryQuery.isFetching}
        />
      ) : !atlasQuery.data || !geometryQuery.data ? (
        <StatusMessage title="Loading the atlas…" />
      ) : ui.view === 'about' ? (
        <AboutView atlas={atlasQuery.data} checks={view.checks} onBack={() => setView('atlas')} />
      ) : (
        <main className="layout">
          <aside className="controls" aria-label="Filters">
            <FilterPanel available={view.availableTypes} selected={ui.types} onToggle={toggleType} />
            <MapLegend />
          </aside>
          <ErrorBoundary
            part="the map"
            fallback={(error, retryMap) => (
              <MapUnavailable reason={`The map failed: ${error.message}`} rows={view.economyRows} selected={ui.selected} onSelect={select} onRetry={retryMap} />
            )}
          >
            {webgl ? (
              <AtlasMap geometry={geometryQuery.data} states={view.featureStates} selected={ui.selected} onSelect={select} />
            ) : (
              <MapUnavailable reason="This browser cannot draw it: WebGL2 is not available or is turned off." rows={view.economyRows} selected={ui.selected} onSelect={select} />
            )}
          </ErrorBoundary>
          <aside className="panel" aria-label="Economy details">
            <EconomyPicker economies={view.partners} selected={ui.selected} onSelect={select} />
            <ErrorBoundary part="the economy panel" resetKey={ui.selected}>
              {view.profile ? (
                <PartnerPanel profile={view.profile} onClose={() => select(null)} />
              ) : (
                <NetworkOverview checks={view.checks} asOf={atlasQuery.data.asOf} />
              )}
            </ErrorBoundary>
          </aside>
          <section className="charts" aria-label="Charts">
            <ErrorBoundary part="the chart of counts by type" resetKey={ui.types}>
              <CountsByTypeChart counts={view.counts} />
            </ErrorBoundary>
            <ErrorBoundary part="the timeline chart" resetKey={ui.types}>
              <TimelineChart ties={view.ties} types={ui.types} lastYear={Number(atlasQuery.data.asOf.slice(0, 4))} />
            </ErrorBoundary>
          </section>
        </main>
      )}
    </div>
  );
}
