/**
 * The words that go with a downloaded map picture: the frame every export shares (filters, source,
 * link) with the map's own legend swatches. Pure, so the picture's text is unit-tested.
 */
import type { UiState } from '../../state/ui-state';
import type { Messages } from '../../i18n/messages';
import type { Formatters } from '../../i18n/format';
import { filterPhrases, sourceLine, type ExportCaption, type ExportState } from '../export/export-caption';
import { LEGEND } from './map-style';

export { filterPhrases };
export type MapImageCaption = ExportCaption;

/** The map's area fills: the first seven of the on-screen legend (the eighth, coverage, is transient). */
export function legendSwatches(m: Messages): ExportCaption['legend'] {
  const colours = [...LEGEND.inForce, LEGEND.pipeline, LEGEND.none, LEGEND.hub];
  return colours.map((colour, i) => ({ colour, label: m.map.legendAreas[i] }));
}

export function mapImageCaption(
  ui: UiState,
  m: Messages,
  fmt: Formatters,
  asOf: string,
  link: string,
  groupings: ExportState['groupings'] = [],
): ExportCaption {
  return {
    title: m.appTitle,
    subtitle: filterPhrases(ui, m, fmt, groupings),
    legend: legendSwatches(m),
    source: sourceLine(asOf, m, fmt),
    link,
  };
}
