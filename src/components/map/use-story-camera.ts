import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { StoryCamera } from '../../domain/stories';
import type { EconomyPlace } from '../../domain/records';
import type { Projection } from '../../state/ui-state';
import { type Bounds, boxOf, unionBounds } from '../../selectors/geo/camera-frame';
import { bringMapAboveSheet, frameBox, showWorld } from './use-camera';

/** Where a story step points the camera; `key` changes with the step, so each step frames once. */
export interface StoryFrame {
  key: string;
  camera: StoryCamera;
  /** The highlighted economies, framed when the camera is `partners`. */
  economies: readonly string[];
}

const MAX_ZOOM = 5;

/** The box around the economies' main parts (or points); null when none is on the map. */
function boxAround(economies: readonly string[], anchors: ReadonlyMap<string, EconomyPlace>): Bounds | null {
  const boxes = economies.flatMap((iso2) => {
    const place = anchors.get(iso2);
    return place ? [boxOf(place)] : [];
  });
  return boxes.length ? unionBounds(boxes) : null;
}

/** Frames a story step: the world, its highlighted economies, or the bounds the step names. */
export function useStoryCamera(
  map: MaplibreMap | null,
  frame: StoryFrame | null | undefined,
  anchors: ReadonlyMap<string, EconomyPlace>,
  projection: Projection,
): void {
  const ready = anchors.size > 0;
  useEffect(() => {
    if (!map || !frame || !ready) return;
    const bounds = frame.camera === 'world' ? null : frame.camera === 'partners' ? boxAround(frame.economies, anchors) : frame.camera;
    // On a phone the step's text is a bottom sheet: the map comes to the top, and a box is framed above the sheet.
    if (!bounds) {
      bringMapAboveSheet(map);
      showWorld(map, projection);
    } else frameBox(map, bounds, MAX_ZOOM);
    map.triggerRepaint();
    // A step frames once when it opens; the reader may move the map afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, frame?.key, ready]);
}
