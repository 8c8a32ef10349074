import type { Iso2 } from '../../domain/primitives';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { type Bounds, cameraFrame, framesOf, officeFrame } from '../../selectors/geo/camera-frame';
import type { EconomyPlace, Office } from '../../domain/records';
import type { Projection } from '../../state/ui-state';
import { WORLD_BOUNDS } from './map-style';
import { flightDuration } from './flight-duration';

const MAX_FIT_ZOOM = 5.5;
const PADDING = 48;
/** Room for the map's toolbar along the top. */
const TOOLBAR = 48;
/**
 * Room under a framed dot for its name, which stands below it (label-layers.ts: 0.8 em down, then a
 * line of up to 13 px), so that a partner framed at the foot of the map keeps its name above the legend.
 */
const NAME_UNDER_DOT = 30;

/**
 * Padding for a frame: room for the toolbar, and on phones for the bottom sheet (the economy panel
 * is a fixed sheet over the lower map), so what is framed sits in the part of the map still seen.
 */
export function framePadding(map: MaplibreMap): { top: number; bottom: number; left: number; right: number } {
  const sheet = bringMapAboveSheet(map);
  const rect = map.getContainer().getBoundingClientRect();
  let bottom = PADDING;
  const overSheet = !!sheet && getComputedStyle(sheet).position === 'fixed';
  if (overSheet) {
    // The sheet may still be growing as the panel renders: frame above the height it can reach.
    const maxHeight = parseFloat(getComputedStyle(sheet).maxHeight);
    const top = Number.isFinite(maxHeight)
      ? Math.min(sheet.getBoundingClientRect().top, window.innerHeight - maxHeight)
      : sheet.getBoundingClientRect().top;
    bottom = Math.max(PADDING, rect.bottom - top + 24);
  }
  // The legend sits over the map's foot: a framed economy should not end up under it. On a wide map
  // it is a strip along the lower left; on a phone it spans the map's width, just above the sheet
  // when one is open, so what is framed goes between the toolbar and the legend. Folded, it counts
  // however tall (in a small embedded map its three rows are over a third of the map); unfolded it
  // is the reader's to read, and the frame does not shrink for it.
  const legendElement = map.getContainer().parentElement?.querySelector('.map-legend');
  const legend = legendElement?.getBoundingClientRect();
  const unfolded = !!legendElement?.querySelector('details[open]');
  if (legend && !unfolded && legend.height > 0 && legend.top < rect.bottom && legend.bottom > rect.top)
    bottom = Math.max(bottom, rect.bottom - legend.top + NAME_UNDER_DOT);
  const top = PADDING + TOOLBAR;
  // Leave at least 60 px to frame in, or MapLibre cannot fit the box at all.
  bottom = Math.min(bottom, Math.max(PADDING, rect.height - top - 60));
  const side = Math.min(PADDING, Math.max(8, (rect.width - 60) / 2));
  return { top, bottom, left: side, right: side };
}

/**
 * On a phone the panel (an economy's, an office's, or a story's text) is a fixed sheet over the
 * lower screen: the map is brought to the top so the part above the sheet is seen. Returns the panel, if any.
 */
export function bringMapAboveSheet(map: MaplibreMap): Element | null {
  const sheet = document.querySelector('.panel');
  if (sheet && getComputedStyle(sheet).position === 'fixed' && map.getContainer().getBoundingClientRect().top > 0) {
    map.getContainer().scrollIntoView({ block: 'start' });
  }
  return sheet;
}

/**
 * MapLibre learns of a new map size from its ResizeObserver, which reports after the layout of the
 * commit whose effect asks for a camera: a box fitted there is fitted to the old size, then moved by
 * the resize (a story opened from its address shrank the map by the time bar's row, and Hong Kong
 * ended under the legend). Resizes first when the container's size is not the canvas's.
 */
export function syncMapSize(map: MaplibreMap): void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight) map.resize();
}

/** Fits a box; on the globe too (MapLibre fits the box as seen from above its centre). */
export function frameBox(map: MaplibreMap, box: Bounds, maxZoom = MAX_FIT_ZOOM): void {
  syncMapSize(map);
  map.fitBounds(box, { padding: framePadding(map), maxZoom, duration: flightDuration() });
}

/** The globe facing Hong Kong, filling the map's height; the camera is never in the store. */
export const GLOBE_VIEW = { longitude: 114.14, latitude: 22.44, zoom: 1.7 };

export function initialView(projection: Projection) {
  return projection === 'globe' ? GLOBE_VIEW : { bounds: WORLD_BOUNDS };
}

export function showWorld(map: MaplibreMap, projection: Projection): void {
  syncMapSize(map);
  if (projection === 'globe')
    map.flyTo({ center: [GLOBE_VIEW.longitude, GLOBE_VIEW.latitude], zoom: GLOBE_VIEW.zoom, duration: flightDuration() });
  else map.fitBounds(WORLD_BOUNDS, { padding: 0, duration: flightDuration() });
}

/** Below this zoom the user is looking at the whole world: a projection switch re-frames it. */
const WORLD_ZOOM = 2.2;

/**
 * Starts a selection's camera move after the frame that shows its panel: started in the same frame,
 * the map's first animation frame (slow on software WebGL) would hold back the paint of the panel
 * the reader asked for. Until it starts, an idle is not the end of the selection: `moving` says so
 * to the idle handler. Returns the effect's cleanup.
 */
function scheduleMove(map: MaplibreMap, moving: { current: boolean }, move: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  moving.current = true;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      moving.current = false;
      move();
      // A move to where the camera already is draws nothing: one frame makes sure an idle follows.
      map.triggerRepaint();
    }, 0);
  });
  return () => {
    moving.current = false;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Flies to the selected economy, framed with Hong Kong so its arc shows, or with its subregion when
 * far away (camera-frame.ts). Selecting Hong Kong shows the whole network instead, since the hub
 * panel is about all of it. An open office is framed with the economies it covers.
 */
export function useCamera(
  map: MaplibreMap | null,
  selected: Iso2 | null,
  anchors: ReadonlyMap<string, EconomyPlace>,
  hub: Iso2,
  projection: Projection,
  /** The economies of an economy's UN subregion, for framing a far one. */
  subregionMates: (iso2: Iso2) => readonly Iso2[],
  /** The office whose panel is open, if any. */
  office: Office | null,
): { resetView: () => void; moveScheduled: { readonly current: boolean } } {
  // Set while a selection's camera move is scheduled but not started.
  const moving = useRef(false);
  useEffect(() => {
    if (!map || !selected) return;
    const box = cameraFrame(selected, hub, anchors, subregionMates(selected));
    if (!box) return;
    return scheduleMove(map, moving, () => {
      if (selected === hub) showWorld(map, projection);
      else frameBox(map, box);
    });
    // Only a new selection moves the camera; a projection switch keeps the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, selected, anchors, hub, subregionMates]);

  // An office: itself with the economies it covers, whose outlines its panel points to.
  const officeId = office?.officeId ?? null;
  useEffect(() => {
    if (!map || !office) return;
    const box = officeFrame(office, anchors);
    return scheduleMove(map, moving, () => frameBox(map, box));
    // A new office moves the camera, not a new copy of the same record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, officeId, anchors]);

  const shownProjection = useRef(projection);
  // Before the browser's next frame, in the task that gives the map its projection: the map's first
  // frame in the new projection then asks for the tiles of the re-framed view. From a passive effect
  // the re-frame came after that first frame, which on software WebGL compiles the new projection's
  // shaders (about a second), and every source was cut twice, at zoom 0 and then at zoom 1 (traced).
  useLayoutEffect(() => {
    if (!map || shownProjection.current === projection) return;
    shownProjection.current = projection;
    if (map.getZoom() < WORLD_ZOOM) showWorld(map, projection);
  }, [map, projection]);

  const resetView = useCallback(() => {
    if (map) showWorld(map, projection);
  }, [map, projection]);
  return { resetView, moveScheduled: moving };
}

/** Frames a set of economies each time it changes to a new non-empty set (a chosen mission's destinations). */
export function useFrameOnChange(
  map: MaplibreMap | null,
  codes: readonly string[] | null,
  anchors: ReadonlyMap<string, EconomyPlace>,
): void {
  useEffect(() => {
    const box = map && codes ? framesOf(codes, anchors) : null;
    if (map && box) frameBox(map, box);
  }, [map, codes, anchors]);
}
