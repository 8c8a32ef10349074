import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TimeBar } from '../components/filters/TimeBar';
import { SKIP_TARGETS, SkipLinks } from '../components/ui/SkipLinks';
import { StatusMessage } from '../components/ui/StatusMessage';
import { useAtlas } from '../data/atlas-query';
import { useI18n } from '../i18n/use-i18n';
import { gainedInYear } from '../selectors/chart-series';
import { officialView } from '../selectors/official-view';
import { pickUiState, useUiStore } from '../state/ui-store';
import { useUiActions } from '../state/use-ui-actions';
import { useUrlSync } from '../state/url-sync';
import { AppHeader } from './AppHeader';
import { ControlsPanel } from './ControlsPanel';
import { DetailsPanel } from './DetailsPanel';
import { opensOnMap } from './first-view';
import { MapArea } from './MapArea';
import { useAtlasView } from './use-atlas-view';
import { useMapView } from './use-map-view';
import { useDocumentLang } from './use-document-lang';
import { usePanelEscape } from './use-panel-escape';

/** Closes whichever panel is open: the office's, or the economy's. */
const closePanel = () => {
  const s = useUiStore.getState();
  if (s.office) s.selectOffice(null);
  else s.select(null);
};

// Not needed for the first view: loaded after it, so the map appears sooner (recharts is most of this).
const ChartsSection = lazy(() => import('./ChartsSection').then((mod) => ({ default: mod.ChartsSection })));
const AboutView = lazy(() => import('../components/about/AboutView').then((mod) => ({ default: mod.AboutView })));

export function App() {
  const atlasQuery = useAtlas();
  const ui = useUiStore(useShallow(pickUiState));
  const { select, setView, setLang, setYear, setBasis, setMission } = useUiActions();
  const { m } = useI18n();
  useDocumentLang(ui.lang);
  usePanelEscape(ui.office ?? ui.selected, closePanel, SKIP_TARGETS.map);
  // A transient highlight (not in the URL): the hovered timeline year's gains. A chosen mission is in the URL.
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  // Charts load once the first view is ready (the map idle, or at once without a map).
  const [firstViewReady, setFirstViewReady] = useState(false);
  const markFirstViewReady = useCallback(() => setFirstViewReady(true), []);
  // "Official sources only" swaps in the atlas without tier-3 facts, so map, charts, table, totals and downloads all follow.
  const shown = useMemo(() => {
    const data = atlasQuery.data;
    if (!data || !ui.officialOnly) return { atlas: data, hiddenFacts: 0 };
    return officialView(data);
  }, [atlasQuery.data, ui.officialOnly]);
  // The charts' series (the timeline above all) are derived only once the charts are to be shown.
  const view = useAtlasView(shown.atlas, ui, firstViewReady);
  useUrlSync(view.stable?.urlContext);
  const highlighted = useMemo(() => {
    if (hoverYear !== null && view.timeline) return gainedInYear(view.timeline.ties, ui.basis, hoverYear);
    const mission = shown.atlas?.missions.find((x) => x.missionId === ui.mission);
    return new Set<string>(mission ? mission.destinations : []);
  }, [hoverYear, ui.mission, view.timeline, ui.basis, shown.atlas]);
  const map = useMapView({ atlas: shown.atlas, ui, ties: view.ties, summaries: view.summaries, featureStates: view.featureStates, highlighted });

  // The geometry is the map's own (its worker loads it): a failure there shows in the map's place, with the table.
  const failed = atlasQuery.error;
  const retry = () => void atlasQuery.refetch();
  const atlas = shown.atlas;
  const ready = atlas && view.stable;

  // Before the data (and so the URL state) is in, the map view is laid out at once when the address
  // asks for it, so MapLibre starts (WebGL, style, worker) while the data downloads and validates.
  const [mapFirst] = useState(() => opensOnMap(window.location.search));
  const showLayout = ready ? ui.view !== 'about' : mapFirst;

  return (
    <div className="app" data-ready={ready ? 'true' : undefined}>
      {/* First in the tab order: to the map, filters, panel and charts (when they are shown). */}
      {!failed && showLayout && <SkipLinks />}
      <AppHeader view={ui.view} onView={setView} onLang={setLang} />
      {failed ? (
        <StatusMessage title={m.loadFailed} detail={failed.message} onRetry={retry} retrying={atlasQuery.isFetching} />
      ) : !showLayout && !ready ? (
        <StatusMessage title={m.loading} />
      ) : !showLayout ? (
        <Suspense fallback={<StatusMessage title={m.loading} />}>
          <AboutView atlas={atlas!} checks={view.stable!.checks} onBack={() => setView('atlas')} />
        </Suspense>
      ) : (
        <main className={`layout view-${ui.view}`} aria-busy={ready ? undefined : 'true'}>
          <ControlsPanel atlas={ready ? atlas! : null} ui={ui} view={view} hiddenFacts={shown.hiddenFacts} onSelect={select} />
          <div className="map-column" id={SKIP_TARGETS.map} tabIndex={-1}>
            <MapArea asTable={ui.view === 'table'} tableOf={ui.tableOf} atlas={ready ? atlas! : null} ready={!!ready} mapProps={map.mapProps} rows={view.economyRows} onReady={markFirstViewReady} />
            {ready && <TimeBar year={ui.year} lastYear={view.stable!.lastYear} basis={ui.basis} onYear={setYear} onBasis={setBasis} />}
          </div>
          {ready && (
            <DetailsPanel
              isHubSelected={map.isHubSelected}
              office={map.office}
              network={map.network}
              profile={view.profile}
              checks={view.checks}
              year={ui.year}
              asOf={atlas!.asOf}
              selected={ui.selected}
            />
          )}
          <Suspense fallback={<section className="charts" id={SKIP_TARGETS.charts} tabIndex={-1} aria-busy="true" />}>
            {ready && firstViewReady && (
              <ChartsSection
                ui={ui}
                view={view}
                missions={atlas!.missions}
                economies={view.stable!.economyByCode}
                activeMission={ui.mission}
                onActiveMission={setMission}
                onHoverYear={setHoverYear}
              />
            )}
          </Suspense>
        </main>
      )}
    </div>
  );
}
