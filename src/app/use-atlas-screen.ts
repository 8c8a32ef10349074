import { useDeferredValue, useMemo, useState } from 'react';
import type { Iso2 } from '../domain/primitives';
import { gainedInYear } from '../selectors/chart-series';
import { storyStepView, type StoryStepView } from '../selectors/stories';
import { useUiPick } from '../state/ui-store';
import { useLang } from '../state/use-lang';
import type { ReadyAtlas } from './use-atlas-load';
import { type AtlasView, useAtlasView } from './use-atlas-view';
import { type ChartsView, useChartsView } from './use-charts-view';
import { type MapViewModel, useMapView } from './use-map-view';
import { FILTER_STATE_KEYS, LATER_KEYS, type LaterState } from './view-keys';
import type { FilterState } from '../selectors/filter-ties';

/** The view models of the map screen (the full page's or an embed's), each named, for the layouts to hand out piece by piece. */
export interface AtlasScreen {
  view: AtlasView;
  map: MapViewModel;
  charts: ChartsView;
  /** The deferred filter state and what else the charts and the comparison follow. */
  laterFilters: FilterState;
  later: LaterState;
  story: StoryStepView | null;
  onHoverYear: (year: number | null) => void;
}

/** No economy highlighted: one object, so the map's props stay the same while nothing is. */
const NONE: ReadonlySet<Iso2> = new Set();
const SCREEN_KEYS = ['selected', 'story', 'step', 'mission'] as const;

/**
 * Derives the map screen's view models from the atlas and the UI state it reads (nothing else of the
 * state re-renders it). The map, filters and panel follow an input at once. The charts and the
 * comparison follow the deferred state: React paints the input and the map first, then derives and
 * renders them in a render it can interrupt (useDeferredValue), so they never hold back the input's next paint.
 */
export function useAtlasScreen(ready: ReadyAtlas | null, chartsOn: boolean): AtlasScreen {
  const atlas = ready?.atlas;
  const filters = useUiPick(FILTER_STATE_KEYS);
  const { selected, story: storyId, step, mission } = useUiPick(SCREEN_KEYS);
  const lang = useLang();
  const view = useAtlasView(atlas, ready?.stable ?? null, filters, selected, lang);
  const laterFilters = useDeferredValue(filters);
  const later = useDeferredValue(useUiPick(LATER_KEYS));
  // The charts' series (the timeline above all) are derived only once the charts are to be shown.
  const charts = useChartsView(atlas, laterFilters, later, chartsOn);

  // A transient highlight (not in the URL): the hovered timeline year's gains. A chosen mission is in the URL.
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  const story = useMemo(() => (atlas ? storyStepView(atlas, storyId, step, lang) : null), [atlas, storyId, step, lang]);
  const highlighted = useMemo(() => {
    if (story) return new Set<Iso2>(story.highlight);
    if (hoverYear !== null && charts.timeline) return gainedInYear(charts.timeline.ties, laterFilters.basis, hoverYear);
    const chosen = mission ? atlas?.missions.find((x) => x.missionId === mission) : undefined;
    return chosen ? new Set<Iso2>(chosen.destinations) : NONE;
  }, [story, hoverYear, mission, charts.timeline, laterFilters.basis, atlas]);
  const frame = useMemo(
    () => (story ? { key: `${story.story}/${story.step}`, camera: story.camera, economies: story.highlight } : null),
    [story],
  );
  const map = useMapView({
    atlas,
    ties: view.ties,
    tieNumbers: view.tieNumbers,
    summaries: view.summaries,
    featureStates: view.featureStates,
    highlighted,
    frame,
  });
  return { view, map, charts, laterFilters, later, story, onHoverYear: setHoverYear };
}
