import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AboutView } from '../components/about/AboutView';
import { FilterPanel } from '../components/filters/FilterPanel';
import { AtlasMap } from '../components/map/AtlasMap';
import { MapLegend } from '../components/map/MapLegend';
import { NetworkOverview } from '../components/panel/NetworkOverview';
import { PartnerPanel } from '../components/panel/PartnerPanel';
import { EconomySearch } from '../components/search/EconomySearch';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useAtlas } from '../data/atlas-query';
import { useEconomyGeometry } from '../data/geometry-query';
import { pickUiState, useUiStore } from '../state/ui-store';
import { useUiActions } from '../state/use-ui-actions';
import { useUrlSync } from '../state/url-sync';
import { gainedInYear } from '../selectors/chart-series';
import { useI18n } from '../i18n/use-i18n';
import { AppHeader } from './AppHeader';
import { useDocumentLang } from './use-document-lang';
import { ChartsSection } from './ChartsSection';
import { useAtlasView } from './use-atlas-view';

export function App() {
  const atlasQuery = useAtlas();
  const geometryQuery = useEconomyGeometry();
  const ui = useUiStore(useShallow(pickUiState));
  const { select, setView, setLang } = useUiActions();
  const { m } = useI18n();
  useDocumentLang(ui.lang);
  const view = useAtlasView(atlasQuery.data, ui);
  useUrlSync(view.stable?.urlContext);
  // Transient highlights (not in the URL): the hovered timeline year's gains, a chosen mission.
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  const [activeMission, setActiveMission] = useState<string | null>(null);
  const highlighted = useMemo(() => {
    if (hoverYear !== null && view.timeline) return gainedInYear(view.timeline.ties, ui.basis, hoverYear);
    const mission = atlasQuery.data?.missions.find((m) => m.missionId === activeMission);
    return new Set<string>(mission ? mission.destinations : []);
  }, [hoverYear, activeMission, view.timeline, ui.basis, atlasQuery.data]);

  const failed = atlasQuery.error ?? geometryQuery.error;
  const retry = () => {
    if (atlasQuery.isError) void atlasQuery.refetch();
    if (geometryQuery.isError) void geometryQuery.refetch();
  };
  const atlas = atlasQuery.data;
  const ready = atlas && geometryQuery.data && view.stable;

  return (
    <div className="app" data-ready={ready ? 'true' : undefined}>
      <AppHeader view={ui.view} onView={setView} onLang={setLang} />
      {failed ? (
        <StatusMessage title={m.loadFailed} detail={failed.message} onRetry={retry} />
      ) : !ready ? (
        <StatusMessage title={m.loading} />
      ) : ui.view === 'about' ? (
        <AboutView atlas={atlas} checks={view.stable!.checks} onBack={() => setView('atlas')} />
      ) : (
        <main className="layout">
          <aside className="controls" aria-label={m.filters.panel}>
            <EconomySearch economies={view.stable!.partners} onSelect={select} />
            <FilterPanel
              atlas={atlas}
              ui={ui}
              availableTypes={view.stable!.availableTypes}
              regions={view.stable!.regions}
              ties={view.ties}
              matching={view.matching}
              totalPartners={view.stable!.partners.length}
            />
            <MapLegend />
          </aside>
          <AtlasMap geometry={geometryQuery.data!} states={view.featureStates} selected={ui.selected} highlighted={highlighted} onSelect={select} />
          <aside className="panel" aria-label={m.panel.details}>
            {view.profile ? (
              <PartnerPanel profile={view.profile} asOf={atlas.asOf} onClose={() => select(null)} />
            ) : (
              <NetworkOverview checks={view.stable!.checks} asOf={atlas.asOf} />
            )}
          </aside>
          <ChartsSection
            ui={ui}
            view={view}
            missions={atlas.missions}
            economies={view.stable!.economyByCode}
            activeMission={activeMission}
            onActiveMission={setActiveMission}
            onHoverYear={setHoverYear}
          />
        </main>
      )}
    </div>
  );
}
