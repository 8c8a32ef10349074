import { useMemo } from 'react';
import type { Atlas, Tie } from '../domain/records';
import { type Timeline, type TypeCount, countsByType, cumulativeTimeline } from '../selectors/chart-series';
import type { FilterState } from '../selectors/filter-ties';
import { type PipelineRow, pipelineByType } from '../selectors/pipeline';
import { type TimelineEvent, timelineEvents } from '../selectors/timeline-events';
import { filteredTies } from './use-atlas-view';
import type { LaterState } from './view-keys';

/** The timeline chart's series: the whole history (whatever the year, so the brush can move anywhere) and the span shown. */
export interface TimelineView extends Timeline {
  /** The ties of every year the series counts (a hovered year's gains are picked from them). */
  ties: Tie[];
  span: { from: number; to: number };
  events: TimelineEvent[];
}

/** What the charts show. They follow the deferred state, so they never hold back an input's next paint. */
export interface ChartsView {
  counts: TypeCount[];
  pipeline: PipelineRow[];
  /** Derived only once the charts are to be shown: the costliest series, and nothing before the charts needs it. */
  timeline: TimelineView | null;
}

export function useChartsView(atlas: Atlas | undefined, filters: FilterState, later: LaterState, withTimeline: boolean): ChartsView {
  const { types, year, basis } = filters;
  const { yearFrom, countRule } = later;
  const result = useMemo(() => filteredTies(atlas, filters), [atlas, filters]);
  const counts = useMemo(() => countsByType(result.ties, types, result.numbers), [result, types]);
  const pipeline = useMemo(() => pipelineByType(result.ties, types, result.numbers), [result, types]);
  const series = useMemo(() => {
    if (!atlas || !withTimeline) return null;
    // With no year chosen the filtered ties already are the whole history: reuse them.
    const history = year === null ? result : filteredTies(atlas, { ...filters, year: null });
    const { ties } = history;
    const lastYear = Number(atlas.asOf.slice(0, 4));
    const { rows, undated, undatedTotal } = cumulativeTimeline(ties, types, basis, lastYear, countRule, undefined, history.numbers);
    const first = rows[0]?.year ?? lastYear;
    const span = { from: Math.max(first, yearFrom ?? first), to: year ?? lastYear };
    return { ties, rows, undated, undatedTotal, span };
  }, [atlas, withTimeline, filters, result, types, year, yearFrom, basis, countRule]);
  // Apart, keyed on the span alone: a filter input that keeps the years keeps the same events (and the list is not drawn again).
  const from = series?.span.from;
  const to = series?.span.to;
  const events = useMemo(() => (atlas && from !== undefined && to !== undefined ? timelineEvents(atlas, from, to) : []), [atlas, from, to]);
  const timeline = useMemo(() => series && { ...series, events }, [series, events]);
  return useMemo(() => ({ counts, pipeline, timeline }), [counts, pipeline, timeline]);
}
