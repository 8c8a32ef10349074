/**
 * The words that frame every exported picture (map, charts, comparison): a title, a subtitle with
 * the active filters and year, the legend, "Source: Hong Kong Ties Atlas, data as of …" and the
 * link to the view. Pure, so the text of every export is unit-tested.
 */
import { DEFAULT_UI_STATE, type UiState } from '../../state/ui-state';
import type { Grouping } from '../../domain/records';
import type { TieType } from '../../domain/tie-types';
import type { Messages } from '../../i18n/messages';
import type { Formatters } from '../../i18n/format';

export interface LegendItem {
  colour: string;
  label: string;
}

export interface ExportCaption {
  title: string;
  /** The active filters and the year in words, one phrase each. */
  subtitle: string[];
  /** Swatch colour and its label, in the on-screen legend's order. */
  legend: LegendItem[];
  /** "Source: Hong Kong Ties Atlas, data as of …" */
  source: string;
  /** The address of the view the picture shows. */
  link: string;
}

/** What an export needs to know of the view besides the chart itself: the state and the data it was drawn from. */
export interface ExportState {
  ui: UiState;
  asOf: string;
  groupings: readonly Pick<Grouping, 'groupingId' | 'names'>[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function typesPhrase(types: readonly TieType[], m: Messages, fmt: Formatters): string {
  return fmt.labelled(m.filters.types, types.length ? fmt.items(types.map((t) => m.tieType[t].short)) : '–');
}

export function yearPhrase(year: number | null, m: Messages): string {
  return year === null ? m.filters.today : m.filters.endOf(String(year));
}

/** The active filters in words, ending with the year: the subtitle of the map and of the charts. */
export function filterPhrases(ui: UiState, m: Messages, fmt: Formatters, groupings: ExportState['groupings'] = []): string[] {
  const phrases = [typesPhrase(ui.types, m, fmt)];
  for (const [type, rule] of Object.entries(ui.typeRules)) {
    phrases.push(fmt.labelled(m.filters.ruleFor(m.tieType[type as TieType].short), rule === 'must' ? m.filters.must : m.filters.not));
  }
  if (!sameList(ui.statuses, DEFAULT_UI_STATE.statuses))
    phrases.push(fmt.labelled(m.filters.status, fmt.items(ui.statuses.map((s) => m.status[s])) || '–'));
  if (ui.region) phrases.push(fmt.labelled(m.filters.region, fmt.regionName(ui.region)));
  if (ui.grouping) {
    const g = groupings.find((x) => x.groupingId === ui.grouping);
    phrases.push(fmt.labelled(m.filters.grouping, g ? fmt.economyName(g) : ui.grouping));
  }
  if (ui.beltAndRoadOnly) phrases.push(m.filters.beltAndRoad);
  if (ui.hasOfficeOnly) phrases.push(m.filters.hasOffice);
  if (ui.officialOnly) phrases.push(m.sources.officialOnly);
  phrases.push(yearPhrase(ui.year, m));
  return phrases;
}

export function sourceLine(asOf: string, m: Messages, fmt: Formatters): string {
  return m.mapImage.source(fmt.date(asOf));
}

interface ChartText {
  title: string;
  legend: LegendItem[];
  /** Phrases only this chart has (the timeline's span and date basis), before the filters. */
  extra?: string[];
}

/** A chart's caption: its own title and legend, the view's filters and year, the source and the link. */
export function chartCaption(chart: ChartText, state: ExportState, m: Messages, fmt: Formatters, link: string): ExportCaption {
  const subtitle = [...(chart.extra ?? []), ...filterPhrases(state.ui, m, fmt, state.groupings)];
  return { title: chart.title, subtitle, legend: chart.legend, source: sourceLine(state.asOf, m, fmt), link };
}
