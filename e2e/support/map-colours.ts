/**
 * What colour the map should paint an economy, worked out from the published records (through the
 * app's own filter and summary selectors) and the palette, and what the page really shows there
 * and in the legend. The pixels are read from a screenshot around the economy's anchor (the data
 * build's label point), so a wrong colour rule, a wrong count or a legend out of step all fail.
 */
import { type Page, expect } from '@playwright/test';
import { CORE_TIE_TYPES, type TieType } from '../../src/domain/tie-types';
import { LEGEND, OCEAN } from '../../src/components/ui/palette';
import { applyFilters } from '../../src/selectors/filter-ties';
import { mapFeatureStates } from '../../src/selectors/map-feature-states';
import { hubArcs } from '../../src/selectors/map-layers';
import { summarisePartners } from '../../src/selectors/partner-summaries';
import { publishedAtlas } from '../../src/testing/published-data';
import { DEFAULT_UI_STATE } from '../../src/state/ui-state';
import { type Rgb, pixelsAt } from './pixels';
import { placeOf } from './user-actions';
import { layersNear, screenPoint } from './atlas-driver';

/** The classes the legend's compact key names, in its words (messages en: legend.*). */
export type LegendClass = '1' | '2' | '3' | '4+' | 'no entry into force recorded' | 'no recorded tie';

/**
 * The class the map's fill rule (economy-layers.ts: a step on the number of tie types in force,
 * amber for "only signed or negotiating", grey otherwise) puts each economy in, for the tie types
 * shown and otherwise the default view (no filter, today).
 */
export function expectedClasses(types: readonly TieType[] = CORE_TIE_TYPES): Map<string, LegendClass> {
  const atlas = publishedAtlas();
  const filtered = applyFilters(atlas, { ...DEFAULT_UI_STATE, types: [...types] });
  const states = mapFeatureStates(summarisePartners(filtered.ties));
  const classes = new Map<string, LegendClass>();
  for (const e of atlas.economies) {
    const s = states.get(e.iso2);
    const inForce = s?.standing === 'in_force';
    classes.set(
      e.iso2,
      inForce
        ? (['1', '2', '3', '4+'] as const)[Math.min(s.typeCount, 4) - 1]!
        : s?.standing === 'pipeline'
          ? 'no entry into force recorded'
          : 'no recorded tie',
    );
  }
  return classes;
}

/** The palette's colour for each class; the hatching's stripes are the ink at 55 % over the amber. */
export const CLASS_COLOUR: Record<LegendClass, string> = {
  '1': LEGEND.inForce[0],
  '2': LEGEND.inForce[1],
  '3': LEGEND.inForce[2],
  '4+': LEGEND.inForce[3],
  'no entry into force recorded': LEGEND.pipeline,
  'no recorded tie': LEGEND.none,
};

export const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => Math.round(v + (b[i]! - v) * t)) as Rgb;

/** Within `tolerance` (per channel) of a colour, or of any blend between it and `to` (a pattern's stripes). */
function matches(pixel: Rgb, colour: Rgb, to: Rgb = colour, tolerance = 14): boolean {
  for (let t = 0; t <= 1; t += 0.05) {
    const c = mix(colour, to, t);
    if (c.every((v, i) => Math.abs(v - pixel[i]!) <= tolerance)) return true;
  }
  return false;
}

/** How each class looks on the map: hatched amber for the pipeline, a flat colour otherwise. */
function looksLike(pixel: Rgb, cls: LegendClass): boolean {
  const colour = rgbOf(CLASS_COLOUR[cls]);
  return cls === 'no entry into force recorded'
    ? matches(pixel, colour, mix(colour, rgbOf(LEGEND.pipelineInk), 0.55))
    : matches(pixel, colour);
}

/**
 * Points a little above and below the anchor, and to its sides: the label sits on, above or below
 * the anchor and an arc may cross it, but most of these land on the plain fill.
 */
const AROUND = [-24, -16, -8, 8, 16, 24].flatMap((dy) => [-6, 0, 6].map((dx) => ({ dx, dy })));

/**
 * The class whose colour most of the pixels around an economy's anchor show (at least three, so
 * that text and arcs cannot decide it). The economy must be framed (frameEconomy) first.
 */
export async function shownClass(page: Page, iso2: string): Promise<LegendClass | null> {
  const [lon, lat] = placeOf(iso2).anchor;
  const centre = await screenPoint(page, lon, lat);
  const pixels = await pixelsAt(
    page,
    AROUND.map(({ dx, dy }) => ({ x: centre.x + dx, y: centre.y + dy })),
  );
  let best: { cls: LegendClass; n: number } | null = null;
  for (const cls of Object.keys(CLASS_COLOUR) as LegendClass[]) {
    const n = pixels.filter((p) => looksLike(p, cls)).length;
    if (n >= 3 && (!best || n > best.n)) best = { cls, n };
  }
  return best?.cls ?? null;
}

/** The legend's compact key as shown: each label with its swatch's colour (hex). */
export async function legendKey(page: Page): Promise<Map<string, string>> {
  const entries = await page
    .getByRole('group', { name: 'Map legend' })
    .locator('.legend-key .legend-step, .legend-key > li:not(.legend-steps)')
    .evaluateAll((items) =>
      items.map((item) => {
        const swatch = item.querySelector('.swatch')!;
        const [r, g, b] = getComputedStyle(swatch).backgroundColor.match(/\d+/g)!.map(Number);
        return [item.textContent!.trim(), `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`] as const;
      }),
    );
  return new Map(entries);
}

/** The legend shows every class with the palette's colour under its own label. */
export async function expectLegendMatchesPalette(page: Page): Promise<void> {
  const key = await legendKey(page);
  expect(Object.fromEntries(key)).toEqual({ ...CLASS_COLOUR, 'Hong Kong': LEGEND.hub });
}

/** Up to `n` points along the arc from Hong Kong to an economy that lie over the sea (no economy drawn there), on the page. */
export async function arcPointsOverSea(page: Page, iso2: string, n = 3): Promise<{ x: number; y: number }[]> {
  // The arcs as the app draws them: great circles between the anchors atlas.geo lists.
  const arc = hubArcs(publishedAtlas().geo).features.find((f) => f.properties.iso2 === iso2);
  if (!arc) throw new Error(`no arc to ${iso2} in atlas.geo`);
  const line = arc.geometry.type === 'LineString' ? arc.geometry.coordinates : arc.geometry.coordinates.flat();
  const points: { x: number; y: number }[] = [];
  for (let i = 1; i < line.length - 1 && points.length < n; i++) {
    const [lon, lat] = line[i]!;
    // Nothing but the arcs within 4 px: the sea's colour all round once they are off.
    if ((await layersNear(page, lon, lat, 4, ['arcs-in-force', 'arcs-pipeline'])).length === 0)
      points.push(await screenPoint(page, lon, lat));
  }
  return points;
}

/** The largest per-channel difference from the sea's colour within 2 px of each point: about 0 where only sea is drawn. */
export async function departureFromSea(page: Page, points: readonly { x: number; y: number }[]): Promise<number[]> {
  const offsets = [-2, -1, 0, 1, 2].flatMap((dy) => [-2, -1, 0, 1, 2].map((dx) => ({ dx, dy })));
  const sea = rgbOf(OCEAN);
  const pixels = await pixelsAt(
    page,
    points.flatMap((p) => offsets.map(({ dx, dy }) => ({ x: p.x + dx, y: p.y + dy }))),
  );
  return points.map((_, i) =>
    Math.max(...pixels.slice(i * offsets.length, (i + 1) * offsets.length).flatMap((px) => px.map((v, c) => Math.abs(v - sea[c]!)))),
  );
}
