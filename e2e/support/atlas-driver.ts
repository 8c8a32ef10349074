/**
 * The end-to-end tests' vocabulary: open the atlas, wait for the map to be idle, read what the map
 * shows (user-actions.ts has what a user does). Tests say what a user does, not how.
 */
import { type Locator, type Page, expect, test as base } from '@playwright/test';
import type { Locale } from '../../src/domain/locales';
import { MESSAGES } from '../../src/i18n/messages';
import { waitForAppReady } from './atlas-parts';

export * from './atlas-parts';

export interface AtlasGuards {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Content-Security-Policy violations the page reported (directive and what was blocked). */
  cspViolations: string[];
  /**
   * Declares console errors this test provokes on purpose (e.g. the browser's own "Failed to load
   * resource" when a test serves HTTP 500): only errors matching one of these are let through.
   */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

/** Every test fails on a console error, a CSP violation or a request leaving the app's origin. */
export const test = base.extend<{ guards: AtlasGuards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const allowed: RegExp[] = [];
      const guards: AtlasGuards = {
        consoleErrors: [],
        foreignRequests: [],
        cspViolations: [],
        allowConsoleErrors: (...patterns) => allowed.push(...patterns),
      };
      const origin = new URL(baseURL!).origin;
      // Listened for in the page from before any app script runs, on every navigation, so a
      // violation is caught even when the browser would not print it.
      await page.exposeFunction('__reportCspViolation', (text: string) => guards.cspViolations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__reportCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      page.on('console', (m) => {
        if (m.type() === 'error') guards.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => guards.consoleErrors.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) guards.foreignRequests.push(url);
      });
      await use(guards);
      expect(guards.foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(guards.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(
        guards.consoleErrors.filter((text) => !allowed.some((p) => p.test(text))),
        'console errors',
      ).toEqual([]);
    },
    // Every test gets the guards, whether or not it names them.
    { auto: true },
  ],
});
export { expect };

/** The map's drawing surface: MapLibre's canvas, a region it names "Map" (in the interface's language). */
export const mapCanvas = (page: Page, lang: Locale = 'en') =>
  page.getByRole('region', { name: MESSAGES[lang].map.ui.mapTitle, exact: true });

/** A record's provenance line ("Source: <tier link> · checked …"), found by its words, in a panel or tie. */
export const recordSource = (scope: Locator, lang: Locale = 'en') =>
  scope.getByRole('paragraph').filter({ hasText: new RegExp(`^${MESSAGES[lang].panel.sourceShort}:`) });

/** Timestamp of the map's latest idle event, or 0 before the first. */
export const lastIdle = (page: Page) => page.evaluate(() => window.__mapIdle ?? 0);

/** Waits for an idle event after `since` (set by the app on MapLibre's `idle`). */
export async function waitForIdleAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction((t) => (window.__mapIdle ?? 0) > t, since, { timeout: 30_000 });
}

/** Opens a view without a map (About, table): waits for the data to be loaded and shown. */
export async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await waitForAppReady(page);
}

/** Opens the map view and waits until every layer is drawn (arcs, labels and offices join after the first idle). */
export async function openAt(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForMapComplete(page);
}

/** Pixel position of a longitude/latitude on the page. */
export async function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([lo, la]) => {
      const map = window.__atlasMap!;
      const pt = map.project([lo, la]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + pt.x, y: rect.top + pt.y };
    },
    [lon, lat] as const,
  );
  return p;
}

/** Flies the camera instantly so small economies are large enough to hit, then waits for idle. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  const since = await lastIdle(page);
  await page.evaluate(([lo, la, z]) => window.__atlasMap!.jumpTo({ center: [lo, la], zoom: z }), [lon, lat, zoom] as const);
  await waitForIdleAfter(page, since);
}

export async function featureState(page: Page, iso2: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => window.__atlasMap!.getFeatureState({ source: 'economies', sourceLayer: 'economies', id }), iso2);
}

/** On a phone the filters are folded behind a button: unfold them first, as a user would. */
export async function showFilters(page: Page): Promise<void> {
  const toggle = page.locator('.filters-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** On a phone, folds the filters away again so the map is in view. */
export async function hideFilters(page: Page): Promise<void> {
  const toggle = page.locator('.filters-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

export async function toggleTieType(page: Page, label: RegExp): Promise<void> {
  await showFilters(page);
  const since = await lastIdle(page);
  await page.getByRole('group', { name: 'Agreement types' }).getByRole('checkbox', { name: label }).click();
  await waitForIdleAfter(page, since);
}

/**
 * Makes the browser behave as one without WebGL (old GPU, blocklisted driver, WebGL turned off):
 * every webgl/webgl2 context request returns null, until window.__webglBack = true. MapLibre then
 * fails to start, and React reports the error its boundary caught: the one console error allowed.
 */
export async function withoutWebGL(page: Page, guards: AtlasGuards): Promise<void> {
  guards.allowConsoleErrors(/WebGL2 is required to display this map/);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const gl = type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl';
      if (gl && !(window as { __webglBack?: boolean }).__webglBack) return null;
      return (original as (this: HTMLCanvasElement, ...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

/** Feature-state of one arc from Hong Kong (arcs share the economies' ids). */
export async function arcState(page: Page, iso2: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => window.__atlasMap!.getFeatureState({ source: 'arcs', id }), iso2);
}

/** Whether an arc is drawn: its layer is visible and its partner has a live tie in the filters. */
export async function arcShown(page: Page, iso2: string): Promise<boolean> {
  return page.evaluate((id) => {
    const map = window.__atlasMap!;
    const standing = map.getFeatureState({ source: 'arcs', id }).standing;
    const layer = standing === 'in_force' ? 'arcs-in-force' : standing === 'pipeline' ? 'arcs-pipeline' : null;
    return layer !== null && map.getLayoutProperty(layer, 'visibility') !== 'none';
  }, iso2);
}

/** Economy codes or office ids drawn under a place, topmost first. */
export async function featuresAt(page: Page, lon: number, lat: number, layers: string[]): Promise<string[]> {
  return page.evaluate(
    ([lo, la, ls]) => {
      const map = window.__atlasMap!;
      return map
        .queryRenderedFeatures(map.project([lo, la]), { layers: ls })
        .map((f) => String(f.properties.iso2 ?? f.properties.officeId));
    },
    [lon, lat, layers] as const,
  );
}

/** Clicks a map control or panel button and waits for the map to settle. */
export async function clickAndIdle(page: Page, click: () => Promise<void>): Promise<void> {
  const since = await lastIdle(page);
  await click();
  await waitForIdleAfter(page, since);
}

/** What the map's camera shows: its centre, zoom and projection. */
export async function mapCamera(page: Page): Promise<{ lng: number; lat: number; zoom: number; projection: unknown }> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    return { ...map.getCenter(), zoom: map.getZoom(), projection: map.getProjection()?.type };
  });
}

/** How many degrees of longitude the map shows across (under 360 once it is zoomed in past the world). */
export async function mapWidthDegrees(page: Page): Promise<number> {
  return page.evaluate(() => {
    const b = window.__atlasMap!.getBounds();
    return b.getEast() - b.getWest();
  });
}

/** The map canvas's box on the page. */
export async function mapBox(
  page: Page,
): Promise<{ top: number; bottom: number; left: number; right: number; height: number; width: number }> {
  return page.evaluate(() => window.__atlasMap!.getCanvas().getBoundingClientRect().toJSON());
}

/** The map canvas's size in device pixels (what a map picture is drawn from). */
export async function mapCanvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const c = window.__atlasMap!.getCanvas();
    return { width: c.width, height: c.height };
  });
}

/** The glyphs URL of the map's style (undefined when every label font is bundled). */
export async function styleGlyphs(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.__atlasMap!.getStyle().glyphs);
}

/** Whether the map has every tile it needs for what it shows. */
export async function tilesLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__atlasMap!.areTilesLoaded());
}

/** Waits for the map's canvas to be on the page (after coming back from Table or About). */
export async function waitForMapCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.__atlasMap?.getCanvas().isConnected);
}

interface LabelSampling {
  __labelFrames: number[];
  __labelFramesDone?: boolean;
}

/** Starts counting, every animation frame, how many labels the map draws; `labelFrames` returns the counts. */
export async function sampleLabelFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sampling = window as unknown as LabelSampling;
    const frames: number[] = [];
    sampling.__labelFrames = frames;
    sampling.__labelFramesDone = false;
    const sample = () => {
      frames.push(window.__atlasMap!.queryRenderedFeatures({ layers: ['economy-labels'] }).length);
      if (frames.length < 2000 && !sampling.__labelFramesDone) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

/** The label counts sampled since `sampleLabelFrames`; sampling stops (it queries the map every frame, slowing what follows). */
export async function labelFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const sampling = window as unknown as LabelSampling;
    sampling.__labelFramesDone = true;
    return sampling.__labelFrames.splice(0);
  });
}

/** Loses the map's WebGL context (WEBGL_lose_context), as a GPU reset would; `restoreWebGLContext` gives it back. */
export async function loseWebGLContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gl = window.__atlasMap!.getCanvas().getContext('webgl2')!;
    window.__loseContext = gl.getExtension('WEBGL_lose_context')!;
    window.__loseContext.loseContext();
  });
}

export async function restoreWebGLContext(page: Page): Promise<void> {
  await page.evaluate(() => window.__loseContext!.restoreContext());
}

/** Each economy's colour state on the map (type count and standing), `none` for one never written. */
export async function economyStates(
  page: Page,
  codes: readonly string[],
  none: { typeCount: unknown; standing: unknown },
): Promise<Record<string, { typeCount: unknown; standing: unknown }>> {
  return page.evaluate(
    ([ids, fallback]) => {
      const map = window.__atlasMap!;
      return Object.fromEntries(
        ids.map((id) => {
          const s = map.getFeatureState({ source: 'economies', sourceLayer: 'economies', id });
          return [id, { typeCount: s.typeCount ?? fallback.typeCount, standing: s.standing ?? fallback.standing }];
        }),
      );
    },
    [codes, none] as const,
  );
}

/** Office markers drawn: the clusters (id, count, place) and how many single offices. */
export async function officeMarkersDrawn(
  page: Page,
): Promise<{ clusters: { id: number; count: number; lngLat: number[] }[]; singles: number }> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const clusters = map.queryRenderedFeatures({ layers: ['offices-clusters'] }).map((f) => ({
      id: Number(f.properties.cluster_id),
      count: Number(f.properties.point_count),
      lngLat: (f.geometry as GeoJSON.Point).coordinates,
    }));
    const singles = new Set(map.queryRenderedFeatures({ layers: ['offices-icons'] }).map((f) => String(f.properties.officeId)));
    return { clusters: [...new Map(clusters.map((c) => [c.id, c])).values()], singles: singles.size };
  });
}

/** Whether a place is inside what the map shows. */
export async function mapShows(page: Page, lon: number, lat: number): Promise<boolean> {
  return page.evaluate(([lo, la]) => window.__atlasMap!.getBounds().contains([lo, la]), [lon, lat] as const);
}

/** A property of every feature drawn in a layer (e.g. the economies' codes, the labels' names). */
export async function drawnInLayer(page: Page, layer: string, property: string): Promise<string[]> {
  return page.evaluate(([l, p]) => window.__atlasMap!.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties[p])), [
    layer,
    property,
  ] as const);
}

/**
 * Whether MapLibre has drawn these characters' glyphs for the labels' font. Reads its glyph cache,
 * which is not public API: the app draws the Chinese glyphs ahead through it (use-chinese-glyphs-ahead.ts).
 */
export async function labelGlyphsDrawn(page: Page, characters: readonly string[]): Promise<boolean> {
  return page.evaluate((chars) => {
    type Cache = { style: { glyphManager: { entries: Record<string, { glyphs: { default: Record<string, unknown> } } | undefined> } } };
    const drawn = (window.__atlasMap as unknown as Cache).style.glyphManager.entries['Atlas Sans']?.glyphs.default ?? {};
    return chars.every((ch) => !!drawn[ch]);
  }, characters);
}

/** The economy labels the map draws now, as their text. */
export const drawnLabels = (page: Page): Promise<string[]> => drawnInLayer(page, 'economy-labels', 'label');

/** The ids of the map's style layers, bottom first. */
export async function styleLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__atlasMap!.getStyle().layers.map((l) => l.id));
}

/** Waits for the first idle the app reports: the map shown with its colours (layers may still join after). */
export async function waitForMapShown(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mapIdle !== undefined && !!window.__atlasMap, undefined, { timeout: 45_000 });
}

/** Waits for every layer to be drawn (arcs, labels and offices join after the first idle). */
export async function waitForMapComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mapComplete !== undefined && !!window.__atlasMap, undefined, { timeout: 45_000 });
}

/** Waits until the map's worker has loaded and tiled the shapes and the map has drawn them (whether shown or not). */
export async function waitForShapesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.__atlasMap?.isSourceLoaded('economies') && window.__atlasMap.loaded());
}

/** The layers that draw anything within `radius` pixels of a place (all layers, or all but those named). */
export async function layersNear(page: Page, lon: number, lat: number, radius: number, except: readonly string[] = []): Promise<string[]> {
  return page.evaluate(
    ([lo, la, r, ex]) => {
      const map = window.__atlasMap!;
      const p = map.project([lo, la]);
      const hits = map.queryRenderedFeatures([
        [p.x - r, p.y - r],
        [p.x + r, p.y + r],
      ]);
      return [...new Set(hits.map((f) => f.layer.id))].filter((id) => !ex.includes(id));
    },
    [lon, lat, radius, except] as const,
  );
}
