import { memo } from 'react';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { lazyPart } from '../components/ui/lazy-part';
import { StoryPanel } from '../components/story/StoryPanel';
import { useI18n } from '../i18n/use-i18n';
import { closeStory } from '../state/ui-actions';
import { useUiStore } from '../state/ui-store';
import { CompareArea } from './CompareArea';
import { ChartsLoading } from './ChartsLoading';
import { ControlsPanel } from './ControlsPanel';
import { MapArea } from './MapArea';
import { PanelArea } from './PanelArea';
import { TimeBarPart } from './TimeBarPart';
import { goToStoryStep } from './story-steps';
import type { ReadyAtlas } from './use-atlas-load';
import { useAtlasScreen } from './use-atlas-screen';

// Not needed for the first view: loaded after it, so the map appears sooner (recharts is most of this).
// It may fail to download (offline, or a release renamed its chunk): it then says so in its own area, with Retry.
// Memoised: it renders with the deferred state, so an input's first render skips it.
const ChartsSection = memo(
  lazyPart(() => import('./ChartsSection').then((mod) => mod.ChartsSection), {
    part: (m) => m.failure.parts.charts,
    loading: () => <ChartsLoading />,
    frame: (message, m) => (
      <section className="charts charts-failed" aria-label={m.charts.section}>
        {message}
      </section>
    ),
  }),
);
// Memoised: each takes only the view-model pieces it shows, so an input re-renders only the parts it changes.
const Compare = memo(CompareArea);
const Controls = memo(ControlsPanel);
const Panel = memo(PanelArea);
const MapPart = memo(MapArea);

interface Props {
  /** null while the data loads: the map is laid out and starts at once, the rest says it is loading. */
  ready: ReadyAtlas | null;
  /** The first view is ready: the charts load and their series are derived. */
  chartsOn: boolean;
  onFirstView: () => void;
  /**
   * About is shown in its place: the screen is kept (map, state and all) but not displayed. What
   * acts on its own while shown (Play's timer, the story's arrow keys) is told, and stops.
   */
  hidden?: boolean;
}

/** The map screen of the full page: filters, the map (or table) with the time bar, the panel or story, the comparison and the charts. */
export function AtlasLayout({ ready, chartsOn, onFirstView, hidden }: Props) {
  const { m } = useI18n();
  const { view, map, charts, laterFilters, later, story, onHoverYear } = useAtlasScreen(ready, chartsOn);
  const mainView = useUiStore((s) => s.view);
  return (
    <main className={`layout view-${mainView}`} aria-busy={ready ? undefined : 'true'} hidden={hidden}>
      <Controls ready={ready} ties={view.ties} matching={view.matching} coveredNotShown={view.coveredNotShown} />
      <div className="map-column" id={SKIP_TARGETS.map} tabIndex={-1}>
        <MapPart
          asTable={mainView === 'table'}
          atlas={ready?.atlas ?? null}
          ready={!!ready}
          mapProps={map.mapProps}
          rows={view.economyRows}
          onReady={onFirstView}
          withCompare
        />
        {ready && <TimeBarPart lastYear={ready.stable.lastYear} onScreen={!hidden} />}
      </div>
      {ready && story && (
        // The story takes the panel's place, and its skip link: named by the story, reached by "Skip to the details panel".
        <aside className="panel" aria-label={m.story.titles[story.story]} id={SKIP_TARGETS.panel} tabIndex={-1}>
          <StoryPanel
            view={story}
            onStep={(step) => goToStoryStep(ready.atlas, story.story, step)}
            onClose={closeStory}
            onScreen={!hidden}
          />
        </aside>
      )}
      {ready && !story && (
        <Panel
          isHubSelected={map.isHubSelected}
          office={map.office}
          network={map.network}
          profile={view.profile}
          checks={view.checks}
          asOf={ready.atlas.asOf}
        />
      )}
      {ready && later.compare.length > 0 && (
        <Compare atlas={ready.atlas} codes={later.compare} types={laterFilters.types} partners={ready.stable.partners} />
      )}
      {!ready || !chartsOn ? (
        <ChartsLoading />
      ) : (
        <ChartsSection
          charts={charts}
          types={laterFilters.types}
          basis={laterFilters.basis}
          countRule={later.countRule}
          missions={ready.atlas.missions}
          economies={ready.stable.economyByCode}
          activeMission={later.mission}
          onHoverYear={onHoverYear}
        />
      )}
    </main>
  );
}
