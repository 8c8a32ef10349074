/**
 * The parts of the atlas as a user perceives them: regions, lists, tables and readouts found by
 * their role and the accessible name the message files give them, in the interface's language.
 * Specs name what they look at (`yearShown(page)`, `tieRows(panel)`, `storyPanel(page, 'growth')`),
 * never a CSS class. The few helpers that must reach into markup say so and why (readiness flags,
 * charting and map library internals with no role, the static shell and the embed's frame).
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Locale } from '../../src/domain/locales';
import type { StoryId } from '../../src/domain/stories';
import { MESSAGES } from '../../src/i18n/messages';

type Scope = Page | Locator | FrameLocator;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The readiness flag the app sets once the data is loaded and the first view shown: not user-visible, so held here only. */
const READY = '.app[data-ready="true"]';

/** Waits until the app has loaded its data and shown its first view (map, table or About). */
export async function waitForAppReady(page: Page, timeout = 45_000): Promise<void> {
  await page.locator(READY).waitFor({ timeout });
}

/** The map region ("World map of Hong Kong's partner economies"): the map, its legend and controls. */
export const mapRegion = (page: Page, lang: Locale = 'en') => page.getByRole('region', { name: MESSAGES[lang].map.region });

/** The Table view's region, in place of the map. */
export const tableRegion = (page: Page, lang: Locale = 'en') => page.getByRole('region', { name: MESSAGES[lang].table.region });

/** The Table view's economies: one row per economy, each headed by its name. */
export const economyTableRows = (page: Page, lang: Locale = 'en') =>
  tableRegion(page, lang)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

/** The side panel with an economy's, an office's or the network's details. */
export const detailsPanel = (page: Page, lang: Locale = 'en') => page.getByRole('complementary', { name: MESSAGES[lang].panel.details });

/** The charts under the map. */
export const chartsRegion = (page: Page, lang: Locale = 'en') => page.getByRole('region', { name: MESSAGES[lang].charts.section });

/** Waits for the charts, which load after the first view, to draw their first chart. */
export async function waitForCharts(page: Page, lang: Locale = 'en'): Promise<void> {
  await chartsRegion(page, lang).getByRole('figure').first().waitFor();
}

/** The year the time bar shows: the year as a number, or "Today". */
export const yearShown = (scope: Scope, lang: Locale = 'en') => scope.getByRole('status', { name: MESSAGES[lang].filters.yearShown });

/** An economy's ties with Hong Kong in its panel: one list item per tie. */
export const tieRows = (panel: Locator, lang: Locale = 'en') =>
  panel
    .getByRole('list', { name: new RegExp(`^${escape(MESSAGES[lang].panel.ties('\u0000')).replace('\u0000', '\\d+')}$`) })
    .getByRole('listitem');

/** The city an office's panel names (a fact of the panel's list, keyed by its field). */
export const officeCity = (page: Page, lang: Locale = 'en') => detailsPanel(page, lang).locator('[data-field="city"]');

/**
 * Tier marks: the small links after a fact naming who states it ("HK government", "partner
 * government / intergovernmental", "reported by <publisher>"), in the interface's language.
 */
export function tierMarks(scope: Scope, lang: Locale = 'en'): Locator {
  const { tierShort, reportedBy } = MESSAGES[lang].sources;
  const names = [tierShort[1], tierShort[2], reportedBy.trim()].map(escape).join('|');
  return scope.getByRole('link', { name: new RegExp(`^(${names})`) });
}

/** A guided story's panel, a region named by the story's title. */
export const storyPanel = (page: Page, story: StoryId, lang: Locale = 'en') =>
  page.getByRole('region', { name: MESSAGES[lang].story.titles[story], exact: true });

/** The side panel while a story is open (a bottom sheet on a phone): the complementary area holding the story. */
export const storySheet = (page: Page, story: StoryId, lang: Locale = 'en') =>
  page.getByRole('complementary').filter({ has: storyPanel(page, story, lang) });

/** The figures a story step quotes, each computed from the records (its value in `data-value`). */
export const storyFigures = (panel: Locator) => panel.locator('[data-figure]');

/** The sources a story step cites: the panel's only links. */
export const storySources = (panel: Locator) => panel.getByRole('link');

/** The comparison's table: one row per economy compared, each headed by the economy's name. */
export const compareRows = (section: Locator, lang: Locale = 'en') =>
  section
    .getByRole('table', { name: MESSAGES[lang].compare.tableCaption })
    .getByRole('row')
    .filter({ has: section.page().getByRole('rowheader') });

/** The ties the comparison lists in its cells, one list item per tie. */
export const compareTieLines = (section: Locator, lang: Locale = 'en') =>
  section.getByRole('table', { name: MESSAGES[lang].compare.tableCaption }).getByRole('cell').getByRole('listitem');

/** The timeline's brush: its two ends are sliders named by the years they hold. */
export const brushEnds = (scope: Scope, lang: Locale = 'en') =>
  scope.getByRole('slider', { name: new RegExp(`^${escape(MESSAGES[lang].charts.brushLabel('\u0000', '\u0001')).split('\u0000')[0]}`) });

/**
 * Recharts internals with no role, for the checks that are about them: the brush's drawing (its
 * rectangles must have numeric positions), the plot's grid (where a year falls under the pointer)
 * and the tooltip's year.
 */
export const timelineBrushDrawing = (page: Page) => page.getByTestId('timeline-chart').locator('.recharts-brush');
export const timelinePlotArea = (page: Page) => page.getByTestId('timeline-chart').locator('.recharts-cartesian-grid');
export const timelineTooltipYear = (page: Page) => page.getByTestId('timeline-chart').locator('.recharts-tooltip-label');

/** A chart's drawing: Recharts' keyboard-operable surface (role "application"). */
export const chartSurfaces = (scope: Scope) => scope.getByRole('application');

/** The map legend, drawn over the map. */
export const mapLegend = (scope: Scope, lang: Locale = 'en') => scope.getByRole('group', { name: MESSAGES[lang].legend.label });

/** Colour swatches (of the legend, or of one part of it): drawn only, aria-hidden, as the words beside them carry the meaning. */
export const colourSwatches = (scope: Locator) => scope.locator('.swatch');

/** The compact key the legend always shows: the colour steps and the other fills (the full key is folded away). */
export const legendKey = (scope: Scope, lang: Locale = 'en') => mapLegend(scope, lang).getByRole('list');

/** MapLibre's credit line (its attribution control has no role of its own). */
export const mapCredit = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner');

/**
 * An embedded view (`embed=1`), a frame with no landmark of its own: any part, or the map or one
 * chart (`data-embed`). In a host page's iframe, only once the app inside is ready.
 */
export const embedFrame = (scope: Scope, part?: 'map' | 'timeline' | 'counts') =>
  scope.locator(part ? `.embed[data-embed="${part}"]` : '.embed');
export const readyEmbedFrame = (scope: Scope, part: 'map' | 'timeline' | 'counts') =>
  scope.locator(`${READY} .embed[data-embed="${part}"]`);

/**
 * The static shell index.html paints before any script runs (the whole page, or the embed's frame),
 * which React replaces. Its checks are about that markup itself, so these helpers name its parts.
 */
export const staticShell = (page: Page, kind?: 'full' | 'embed') => page.locator(kind ? `.shell-${kind}` : '.shell');

/** The shell's frame of the layout, where the app will draw each: filters column, map area and panel. */
export const shellLayoutParts = (page: Page) =>
  ['main.layout', 'aside.controls', '.map', 'aside.panel'].map((part) => staticShell(page, 'full').locator(part));

/** The shell's map area (its box) and its "Loading…" line. */
export const shellMapArea = (page: Page, kind: 'full' | 'embed') => staticShell(page, kind).locator('.map');
export const shellLoading = (page: Page, kind: 'full' | 'embed') => shellMapArea(page, kind).getByRole('status');

/** The embed shell's title line (its three languages are spans; CSS shows the one the address asks for). */
export const shellEmbedTitle = (page: Page) => staticShell(page, 'embed').locator('.embed-title');

/** The timeline's events, listed as text under their summary (a disclosure, folded at first). */
export const timelineEvents = (page: Page) => page.getByTestId('timeline-chart').locator('details');

/** The comparison's differences in words: a region under its heading, one sentence per tie type (`data-type`). */
export const compareDifferences = (section: Locator, lang: Locale = 'en') =>
  section.getByRole('region', { name: MESSAGES[lang].compare.differences });
