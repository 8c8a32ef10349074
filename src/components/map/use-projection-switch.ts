import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Projection } from '../../state/ui-state';
import { afterNextPaint } from './after-paint';

export interface ProjectionSwitch {
  /** The projection the map is given: the one asked for, once the frame with the pressed button is painted. */
  shown: Projection;
  /** From the press until the map has drawn the new projection: the map says so while it works. */
  drawing: boolean;
  /** Set from the press until the map is given the new projection: an idle before that is not the switch's end. */
  pending: { readonly current: boolean };
}

/**
 * A projection switch, a painted frame behind the press. The first frame of a new projection
 * compiles every layer's shaders for it and cuts the tiles again: seconds on software WebGL. Given
 * to the map in the press's own frame, it held back the paint of the pressed button until then
 * (`npm run bench`, "globe switch": input → next paint about 1.9 s).
 */
export function useProjectionSwitch(map: MaplibreMap | null, asked: Projection): ProjectionSwitch {
  const [shown, setShown] = useState(asked);
  const [drawn, setDrawn] = useState(asked);
  const pending = useRef(false);
  useLayoutEffect(() => {
    pending.current = shown !== asked;
  }, [shown, asked]);

  useEffect(() => {
    if (shown === asked) return;
    return afterNextPaint(() => setShown(asked));
  }, [asked, shown]);

  useEffect(() => {
    if (!map || drawn === shown) return;
    const done = () => setDrawn(shown);
    map.once('idle', done);
    return () => void map.off('idle', done);
  }, [map, shown, drawn]);

  // Before the map exists there is nothing to draw; its first idle brings `drawn` up to date.
  return { shown, drawing: !!map && asked !== drawn, pending };
}
