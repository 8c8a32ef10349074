import { type KeyboardEvent, memo, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Projection } from '../../state/ui-state';

export interface MapOptions {
  arcs: boolean;
  offices: boolean;
  projection: Projection;
}

export interface MapOptionActions {
  setArcs: (show: boolean) => void;
  setOffices: (show: boolean) => void;
  setProjection: (projection: Projection) => void;
}

interface Props {
  options: MapOptions;
  actions: MapOptionActions;
  onResetView: () => void;
  /** Frames the economies the filters leave. */
  onZoomToMatches: () => void;
  /** Downloads the map as a PNG with its legend; absent until the map can be drawn. */
  onDownloadImage?: () => void;
}

/**
 * Map switches, keyboard reachable: arcs, offices, flat map or globe, and back to the world.
 * On a phone they fold behind one "Map options" button (styles.css), so the small map is not half
 * covered; on wider screens the button is not shown and the switches always are.
 * Memoised: a filter input leaves it as it is.
 */
export const MapToolbar = memo(function MapToolbar({ options, actions, onResetView, onZoomToMatches, onDownloadImage }: Props) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const itemsId = useId();
  // Escape folds the options back and returns to their button (only while they are unfolded, on a
  // phone: elsewhere the button is not displayed, so it has no offsetParent).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open || !toggle.current?.offsetParent) return;
    e.stopPropagation();
    setOpen(false);
    toggle.current.focus();
  };
  return (
    <div className="map-toolbar" role="group" aria-label={m.map.options} data-open={open} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="map-toolbar-toggle"
        aria-expanded={open}
        aria-controls={itemsId}
        onClick={() => setOpen(!open)}
      >
        {m.map.options}
      </button>
      <div className="map-toolbar-items" id={itemsId}>
        <label>
          <input type="checkbox" checked={options.arcs} onChange={(e) => actions.setArcs(e.target.checked)} /> {m.map.showArcs}
        </label>
        <label>
          <input type="checkbox" checked={options.offices} onChange={(e) => actions.setOffices(e.target.checked)} /> {m.map.showOffices}
        </label>
        <span role="group" aria-label={m.map.projection} className="segmented">
          <button type="button" aria-pressed={options.projection === 'mercator'} onClick={() => actions.setProjection('mercator')}>
            {m.map.flat}
          </button>
          <button type="button" aria-pressed={options.projection === 'globe'} onClick={() => actions.setProjection('globe')}>
            {m.map.globe}
          </button>
        </span>
        <button type="button" onClick={onZoomToMatches}>
          {m.map.zoomToMatches}
        </button>
        <button type="button" onClick={onResetView}>
          {m.map.reset}
        </button>
        {onDownloadImage && (
          // Shown as an icon and "PNG" so the switches keep to one row over a 1440 px screen's map; the
          // full action is the button's name, for screen readers, and its tooltip.
          <button
            type="button"
            className="map-image-button"
            aria-label={m.mapImage.download}
            title={m.mapImage.download}
            onClick={onDownloadImage}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2.5 12.5v2h11v-2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span className="button-text">PNG</span>
          </button>
        )}
      </div>
    </div>
  );
});
