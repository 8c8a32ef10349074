import { useShallow } from 'zustand/react/shallow';
import { AboutView } from '../components/about/AboutView';
import { AtlasMap } from '../components/map/AtlasMap';
import { MapLegend } from '../components/map/MapLegend';
import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { TimelineChart } from '../components/charts/TimelineChart';
import { EconomyPicker } from '../components/panel/EconomyPicker';
import { FilterPanel } from '../components/panel/FilterPanel';
import { DetailsPanel } from '../components/panel/DetailsPanel';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useAtlas } from '../data/atlas-query';
import { useEconomyGeometry } from '../data/geometry-query';
import { pickUiState, useUiStore } from '../state/ui-store';
import { useUrlSync } from '../state/url-sync';
import { useAtlasView } from './use-atlas-view';
import { useMapView } from './use-map-view';

export function App() {
  const atlasQuery = useAtlas();
  const geometryQuery = useEconomyGeometry();
  const ui = useUiStore(useShallow(pickUiState));
  const { select, selectOffice, toggleType, setView } = useUiStore.getState();
  const view = useAtlasView(atlasQuery.data, ui);
  const map = useMapView({ atlas: atlasQuery.data, geometry: geometryQuery.data, ui, ...view });
  useUrlSync(view.known, map.knownOffices);

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
        <StatusMessage title="The atlas data could not be loaded." detail={failed.message} onRetry={retry} />
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
          <AtlasMap {...map.mapProps} />
          <aside className="panel" aria-label="Economy details">
            <EconomyPicker hub={map.hubEconomy} economies={view.partners} selected={ui.selected} onSelect={select} />
            <DetailsPanel
              isHubSelected={map.isHubSelected}
              office={map.office}
              network={map.network}
              profile={view.profile}
              checks={view.checks}
              asOf={atlasQuery.data.asOf}
              onSelect={select}
              onSelectOffice={selectOffice}
            />
          </aside>
          <section className="charts" aria-label="Charts">
            <CountsByTypeChart counts={view.counts} />
            <TimelineChart ties={view.ties} types={ui.types} lastYear={Number(atlasQuery.data.asOf.slice(0, 4))} />
          </section>
        </main>
      )}
    </div>
  );
}
