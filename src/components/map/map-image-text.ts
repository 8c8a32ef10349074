/**
 * The words that go with a downloaded map picture: the active filters as a sentence, the legend's
 * swatches with their labels, and the source line. Pure, so the picture's text is unit-tested.
 */
import { DEFAULT_UI_STATE, type UiState } from '../../state/ui-state';
import type { Messages } from '../../i18n/messages';
import type { formatters } from '../../i18n/format';
import { LEGEND } from './map-style';

export interface MapImageCaption {
  title: string;
  /** The active filters in words, one phrase each. */
  filters: string[];
  /** Swatch colour and its label, in the on-screen legend's order. */
  legend: { colour: string; label: string }[];
  /** "Source: Hong Kong Ties Atlas, data as of …" */
  source: string;
  /** The address of the view the picture shows. */
  link: string;
}

type Fmt = ReturnType<typeof formatters>;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function filterPhrases(ui: UiState, m: Messages, fmt: Fmt): string[] {
  const phrases = [`${m.filters.types}: ${ui.types.length ? ui.types.map((t) => m.tieType[t].short).join(', ') : '–'}`];
  for (const [type, rule] of Object.entries(ui.typeRules)) {
    phrases.push(`${m.filters.ruleFor(m.tieType[type as keyof Messages['tieType']].short)}: ${rule === 'must' ? m.filters.must : m.filters.not}`);
  }
  if (!sameList(ui.statuses, DEFAULT_UI_STATE.statuses)) phrases.push(`${m.filters.status}: ${ui.statuses.map((s) => m.status[s]).join(', ') || '–'}`);
  if (ui.region) phrases.push(`${m.filters.region}: ${fmt.regionName(ui.region)}`);
  if (ui.beltAndRoadOnly) phrases.push(m.filters.beltAndRoad);
  if (ui.hasOfficeOnly) phrases.push(m.filters.hasOffice);
  if (ui.officialOnly) phrases.push(m.sources.officialOnly);
  phrases.push(ui.year === null ? m.filters.today : m.filters.endOf(String(ui.year)));
  return phrases;
}

/** The map's area fills: the first seven of the on-screen legend (the eighth, coverage, is transient). */
export function legendSwatches(m: Messages): MapImageCaption['legend'] {
  const colours = [...LEGEND.inForce, LEGEND.pipeline, LEGEND.none, LEGEND.hub];
  return colours.map((colour, i) => ({ colour, label: m.map.legendAreas[i] }));
}

export function mapImageCaption(ui: UiState, m: Messages, fmt: Fmt, asOf: string, link: string): MapImageCaption {
  return { title: m.appTitle, filters: filterPhrases(ui, m, fmt), legend: legendSwatches(m), source: m.mapImage.source(fmt.date(asOf)), link };
}
