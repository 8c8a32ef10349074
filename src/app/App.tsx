import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SKIP_TARGETS, SkipLinks } from '../components/ui/SkipLinks';
import { StatusMessage } from '../components/ui/StatusMessage';
import { ExportContext } from '../components/export/export-context';
import type { ExportState } from '../components/export/export-caption';
import { StoryLauncher } from '../components/story/StoryLauncher';
import { UpdateNotice } from '../components/ui/UpdateNotice';
import type { Atlas } from '../domain/records';
import { useI18n } from '../i18n/use-i18n';
import { closePanel, setView } from '../state/ui-actions';
import { getUiState, useUiPick, useUiStore } from '../state/ui-store';
import { parseEmbed } from '../state/url-params';
import { useUrlSync } from '../state/url-sync';
import { AboutPart } from './about-part';
import { AppHeader } from './AppHeader';
import { AtlasLayout } from './AtlasLayout';
import { EmbedLayout } from './EmbedLayout';
import { opensOnAbout, opensOnMap } from './first-view';
import { goToStoryStep } from './story-steps';
import { useAtlasLoad } from './use-atlas-load';
import { useDocumentLang } from './use-document-lang';
import { usePanelEscape } from './use-panel-escape';
import { useServiceWorker } from './use-service-worker';

const Header = memo(AppHeader);

const APP_KEYS = ['view', 'embed'] as const;

/**
 * The page: the header, and the map screen, About, or why the data is not there. It follows only the
 * load, the view and the embed; each part of the screen subscribes to what it shows.
 */
export function App() {
  const { load, retry, retrying } = useAtlasLoad();
  const ready = load.phase === 'ready' ? load : null;
  const { view, embed: embedState } = useUiPick(APP_KEYS);
  const { m } = useI18n();
  useDocumentLang();
  useUrlSync(ready?.stable.urlContext);
  // Charts load once the first view is ready (the map idle, or at once without a map).
  const [firstViewReady, setFirstViewReady] = useState(false);
  const markFirstViewReady = useCallback(() => setFirstViewReady(true), []);
  // The offline copy is made after the first view (About and a failed load count as ready too).
  const release = useServiceWorker(firstViewReady || (!!ready && view === 'about') || load.phase === 'failed');
  // What every export names: the filters (with the groupings' names) and the data's as-of date, read when asked for.
  const atlas = ready?.atlas;
  const exportState = useMemo(() => (atlas ? exportStateOf(atlas) : null), [atlas]);

  // Before the data (and so the URL state) is in, the map view is laid out at once when the address
  // asks for it, so MapLibre starts (WebGL, style, worker) while the data downloads and validates.
  const [mapFirst] = useState(() => opensOnMap(window.location.search));
  // The header's buttons follow the view at once; the screens follow in a render React may
  // interrupt, so a press paints its pressed button first and About's long lists (or the map screen
  // coming back) land in the frame after, not before it.
  const shownView = useDeferredValue(view);
  const showsAbout = !!ready && shownView === 'about';
  useTopOfNewScreen(showsAbout);
  // Once shown, the map screen stays mounted (hidden) while About is read: going back is instant,
  // with no new map to make (on software WebGL, seconds), and leaving it costs no teardown.
  // About opened first never makes it, so that view still downloads no geometry.
  const [layoutMade, setLayoutMade] = useState(false);
  // The store takes the address's view in an effect after the ready render, so until it has, an
  // address asking for About is read from the address itself (else that first render would make the
  // map and download its geometry). The view itself, not the deferred one, for the same reason.
  const [aboutFirst, setAboutFirst] = useState(() => opensOnAbout(window.location.search));
  if (aboutFirst && view === 'about') setAboutFirst(false);
  const holdsAbout = view === 'about' || aboutFirst;
  if (!layoutMade && (load.phase === 'ready' ? !holdsAbout : load.phase === 'loading' && mapFirst)) setLayoutMade(true);
  // `embed=1` is known from the address at once, so the page chrome never shows in a host's frame.
  const [embedFirst] = useState(() => embedOf(window.location.search));
  const embed = ready ? embedState : embedFirst;
  if (embed && load.phase !== 'failed') {
    return (
      <ExportContext value={exportState}>
        <div className="app app-embed" data-ready={ready ? 'true' : undefined}>
          <EmbedLayout part={embed} ready={ready} chartsOn={firstViewReady} onFirstView={markFirstViewReady} />
        </div>
      </ExportContext>
    );
  }

  const layout = layoutMade ? (
    <AtlasLayout ready={ready} chartsOn={firstViewReady} onFirstView={markFirstViewReady} hidden={showsAbout} />
  ) : null;
  // The layout keeps one place in the tree through loading and ready (a move would make a new map).
  let status = null;
  if (load.phase === 'failed')
    status = <StatusMessage title={m.loadFailed} detail={load.error.message} onRetry={retry} retrying={retrying} />;
  else if (load.phase === 'loading' && !layout) status = <StatusMessage title={m.loading} />;
  const about = showsAbout ? <AboutPart atlas={ready.atlas} checks={ready.stable.checks} onBack={backToMap} /> : null;
  const showsLayout = !!layout && !showsAbout && load.phase !== 'failed';
  // Marks the frames between a view pressed and its screen shown, so what waits for a settled page
  // (the tests, the benches) does not act on the screen that is about to go.
  const viewPending = !!ready && shownView !== view;
  return (
    <ExportContext value={exportState}>
      <div className="app" data-ready={ready ? 'true' : undefined} data-view-pending={viewPending ? 'true' : undefined}>
        {/* First in the tab order: to the map, filters, panel and charts (when they are shown). */}
        {showsLayout && <SkipLinks />}
        <PanelEscape />
        <Header />
        {ready && !showsAbout && <StoryChoice atlas={ready.atlas} />}
        {release.newRelease && <UpdateNotice onReload={release.update} />}
        {load.phase !== 'failed' && layout}
        {status}
        {about}
      </div>
    </ExportContext>
  );
}

const backToMap = () => setView('atlas');

/**
 * Opening About, or leaving it, starts the reader at the top of the new screen, as a new page would:
 * the page's scroll position belongs to the screen it was taken on (a long table scrolled down would
 * otherwise open About past its heading). Before the frame is painted, so no frame shows the old place.
 */
function useTopOfNewScreen(showsAbout: boolean): void {
  const was = useRef(showsAbout);
  useLayoutEffect(() => {
    if (was.current === showsAbout) return;
    was.current = showsAbout;
    window.scrollTo(0, 0);
  }, [showsAbout]);
}

/** Escape closes the open panel; apart, so that opening or closing one does not re-render the page. */
const PanelEscape = memo(function PanelEscape() {
  usePanelEscape(
    useUiStore((s) => s.office ?? s.selected),
    closePanel,
    SKIP_TARGETS.map,
  );
  return null;
});

/** The stories to start: it follows the story open, and nothing else. */
const StoryChoice = memo(function StoryChoice({ atlas }: { atlas: Atlas }) {
  const current = useUiStore((s) => s.story);
  return <StoryLauncher current={current} onStart={(id) => goToStoryStep(atlas, id, 1)} />;
});

const exportStateOf = (atlas: Atlas) => (): ExportState => ({ ui: getUiState(), asOf: atlas.asOf, groupings: atlas.groupings });

function embedOf(search: string) {
  const params = new URLSearchParams(search);
  return parseEmbed(params.get('embed'), params.get('chart'));
}
