import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TimeBar } from '../components/filters/TimeBar';
import { SKIP_TARGETS, SkipLinks } from '../components/ui/SkipLinks';
import { StatusMessage } from '../components/ui/StatusMessage';
import { lazyPart } from '../components/ui/lazy-part';
import { useAtlas } from '../data/atlas-query';
import { useI18n } from '../i18n/use-i18n';
import { gainedInYear } from '../selectors/chart-series';
import { officialView } from '../selectors/official-view';
import { pickUiState, useUiStore } from '../state/ui-store';
import { COMPARE_MAX } from '../state/ui-state';
import type { Iso2 } from '../domain/primitives';
import { useUiActions } from '../state/use-ui-actions';
import { useUrlSync } from '../state/url-sync';
import { AppHeader } from './AppHeader';
import { ControlsPanel } from './ControlsPanel';
import { PanelArea } from './PanelArea';
import { CompareArea } from './CompareArea';
import { opensOnMap } from './first-view';
import { MapArea } from './MapArea';
import { useAtlasView } from './use-atlas-view';
import { useMapView } from './use-map-view';
import { useDocumentLang } from './use-document-lang';
import { StoryLauncher } from '../components/story/StoryLauncher';
import { StoryPanel } from '../components/story/StoryPanel';
import { storySteps, storyStepView } from '../selectors/stories';
import type { StoryId } from '../domain/stories';
import { EmbedLayout } from './EmbedLayout';
import { parseEmbed } from '../state/url-params';
import { useServiceWorker } from './use-service-worker';
import { UpdateNotice } from '../components/ui/UpdateNotice';
import { usePanelEscape } from './use-panel-escape';
import { ExportContext } from '../components/export/export-context';

/** Closes whichever panel is open: the office's, or the economy's. */
const closePanel = () => {
  const s = useUiStore.getState();
  if (s.office) s.selectOffice(null);
  else s.select(null);
};

// Not needed for the first view: loaded after it, so the map appears sooner (recharts is most of this).
// Each may fail to download (offline, or a release renamed its chunk): it then says so in its own area, with Retry.
// Memoised: it renders with the deferred state (below), so an input's first render skips it.
const ChartsSection = memo(
  lazyPart(() => import('./ChartsSection').then((mod) => mod.ChartsSection), {
    part: (m) => m.failure.parts.charts,
    loading: () => <section className="charts" aria-busy="true" />,
    frame: (message) => <section className="charts charts-failed">{message}</section>,
  }),
);
const DeferredCompareArea = memo(CompareArea);
// Memoised so the deferred render (charts, comparison) does not render them a second time.
const Controls = memo(ControlsPanel);
const Panel = memo(PanelArea);
const AboutView = lazyPart(() => import('../components/about/AboutView').then((mod) => mod.AboutView), {
  part: (m) => m.failure.parts.about,
  loading: (m) => <StatusMessage title={m.loading} />,
  frame: (message) => <main className="about">{message}</main>,
});

export function App() {
  const atlasQuery = useAtlas();
  const ui = useUiStore(useShallow(pickUiState));
  const { select, setView, setLang, setYear, setBasis, setMission, addToCompare, removeFromCompare } = useUiActions();
  const toggleCompare = useCallback(
    (iso2: Iso2) => (ui.compare.includes(iso2) ? removeFromCompare(iso2) : addToCompare([iso2])),
    [ui.compare, addToCompare, removeFromCompare],
  );
  const { m } = useI18n();
  useDocumentLang(ui.lang);
  usePanelEscape(ui.office ?? ui.selected, closePanel, SKIP_TARGETS.map);
  // A transient highlight (not in the URL): the hovered timeline year's gains. A chosen mission is in the URL.
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  // Charts load once the first view is ready (the map idle, or at once without a map).
  const [firstViewReady, setFirstViewReady] = useState(false);
  const markFirstViewReady = useCallback(() => setFirstViewReady(true), []);
  // The offline copy is made after the first view (About and a failed load count as ready too).
  const release = useServiceWorker(firstViewReady || (!!atlasQuery.data && ui.view === 'about') || !!atlasQuery.error);
  // "Official sources only" swaps in the atlas without tier-3 facts, so map, charts, table, totals and downloads all follow.
  const shown = useMemo(() => {
    const data = atlasQuery.data;
    if (!data || !ui.officialOnly) return { atlas: data, hiddenFacts: 0 };
    return officialView(data);
  }, [atlasQuery.data, ui.officialOnly]);
  // The map, filters and panel follow an input at once. The charts and the comparison follow the
  // deferred state: React paints the input and the map first, then derives and renders them in a
  // render it can interrupt (useDeferredValue), so they never hold back the input's next paint.
  const view = useAtlasView(shown.atlas, ui, false);
  const laterUi = useDeferredValue(ui);
  // The charts' series (the timeline above all) are derived only once the charts are to be shown.
  const laterView = useAtlasView(shown.atlas, laterUi, firstViewReady);
  useUrlSync(view.stable?.urlContext);
  const story = useMemo(
    () => (shown.atlas ? storyStepView(shown.atlas, ui.story, ui.step, ui.lang) : null),
    [shown.atlas, ui.story, ui.step, ui.lang],
  );
  const goToStep = useCallback(
    (id: StoryId, step: number) => {
      const s = shown.atlas ? storySteps(shown.atlas, id)[step - 1] : undefined;
      if (s) useUiStore.getState().showStoryStep(id, step, { year: s.year, types: s.types });
    },
    [shown.atlas],
  );
  const highlighted = useMemo(() => {
    if (story) return new Set<Iso2>(story.highlight);
    if (hoverYear !== null && laterView.timeline) return gainedInYear(laterView.timeline.ties, laterUi.basis, hoverYear);
    const mission = shown.atlas?.missions.find((x) => x.missionId === ui.mission);
    return new Set<Iso2>(mission ? mission.destinations : []);
  }, [story, hoverYear, ui.mission, laterView.timeline, laterUi.basis, shown.atlas]);
  const map = useMapView({
    atlas: shown.atlas,
    ui,
    ties: view.ties,
    summaries: view.summaries,
    featureStates: view.featureStates,
    highlighted,
  });
  const frame = useMemo(
    () => (story ? { key: `${story.story}/${story.step}`, camera: story.camera, economies: story.highlight } : null),
    [story],
  );

  // The geometry is the map's own (its worker loads it): a failure there shows in the map's place, with the table.
  const failed = atlasQuery.error;
  const retry = () => void atlasQuery.refetch();
  const atlas = shown.atlas;
  const ready = atlas && view.stable;
  // What every export names: the filters (with the groupings' names) and the data's as-of date.
  const exportState = useMemo(() => (atlas ? { ui, asOf: atlas.asOf, groupings: atlas.groupings } : null), [atlas, ui]);

  // Before the data (and so the URL state) is in, the map view is laid out at once when the address
  // asks for it, so MapLibre starts (WebGL, style, worker) while the data downloads and validates.
  const [mapFirst] = useState(() => opensOnMap(window.location.search));
  const showLayout = ready ? ui.view !== 'about' : mapFirst;
  // `embed=1` is known from the address at once, so the page chrome never shows in a host's frame.
  const [embedFirst] = useState(() => embedOf(window.location.search));
  const embed = ready ? ui.embed : embedFirst;
  if (embed && !failed) {
    return (
      <ExportContext value={exportState}>
        <div className="app app-embed" data-ready={ready ? 'true' : undefined}>
          <EmbedLayout
            part={embed}
            ready={!!ready}
            asOf={atlas?.asOf ?? null}
            ui={ui}
            view={laterView}
            mapProps={map.mapProps}
            onReady={markFirstViewReady}
          />
        </div>
      </ExportContext>
    );
  }

  return (
    <div className="app" data-ready={ready ? 'true' : undefined}>
      {/* First in the tab order: to the map, filters, panel and charts (when they are shown). */}
      {!failed && showLayout && <SkipLinks />}
      <AppHeader ui={ui} onView={setView} onLang={setLang} />
      {ready && ui.view !== 'about' && <StoryLauncher current={ui.story} onStart={(id) => goToStep(id, 1)} />}
      {release.newRelease && <UpdateNotice onReload={release.update} />}
      {failed ? (
        <StatusMessage title={m.loadFailed} detail={failed.message} onRetry={retry} retrying={atlasQuery.isFetching} />
      ) : !showLayout && !ready ? (
        <StatusMessage title={m.loading} />
      ) : !showLayout ? (
        <AboutView atlas={atlas!} checks={view.stable!.checks} onBack={() => setView('atlas')} />
      ) : (
        <main className={`layout view-${ui.view}`} aria-busy={ready ? undefined : 'true'}>
          <Controls atlas={ready ? atlas! : null} ui={ui} view={view} hiddenFacts={shown.hiddenFacts} onSelect={select} />
          <div className="map-column" id={SKIP_TARGETS.map} tabIndex={-1}>
            <MapArea
              asTable={ui.view === 'table'}
              tableOf={ui.tableOf}
              atlas={ready ? atlas! : null}
              ready={!!ready}
              mapProps={{ ...map.mapProps, frame }}
              rows={view.economyRows}
              onReady={markFirstViewReady}
              compare={{ codes: ui.compare, full: ui.compare.length >= COMPARE_MAX, onToggle: toggleCompare }}
            />
            {ready && <TimeBar year={ui.year} lastYear={view.stable!.lastYear} basis={ui.basis} onYear={setYear} onBasis={setBasis} />}
          </div>
          {ready && story && (
            <aside className="panel">
              <StoryPanel view={story} onStep={(step) => goToStep(story.story, step)} onClose={useUiStore.getState().closeStory} />
            </aside>
          )}
          {ready && !story && (
            <Panel
              isHubSelected={map.isHubSelected}
              office={map.office}
              network={map.network}
              profile={view.profile}
              checks={view.checks}
              year={ui.year}
              asOf={atlas!.asOf}
              selected={ui.selected}
              compare={ui.compare}
            />
          )}
          {ready && laterUi.compare.length > 0 && <DeferredCompareArea atlas={atlas!} ui={laterUi} partners={view.stable!.partners} />}
          {ready && firstViewReady && (
            <ExportContext value={exportState}>
              <ChartsSection
                ui={laterUi}
                view={laterView}
                missions={atlas!.missions}
                economies={view.stable!.economyByCode}
                activeMission={laterUi.mission}
                onActiveMission={setMission}
                onHoverYear={setHoverYear}
              />
            </ExportContext>
          )}
        </main>
      )}
    </div>
  );
}

function embedOf(search: string) {
  const params = new URLSearchParams(search);
  return parseEmbed(params.get('embed'), params.get('chart'));
}
