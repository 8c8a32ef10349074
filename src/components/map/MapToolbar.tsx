import { memo } from 'react';
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

/** Map switches, keyboard reachable: arcs, offices, flat map or globe, and back to the world. Memoised: a filter input leaves it as it is. */
export const MapToolbar = memo(function MapToolbar({ options, actions, onResetView, onZoomToMatches, onDownloadImage }: Props) {
  const { m } = useI18n();
  return (
    <div className="map-toolbar" role="group" aria-label={m.map.options}>
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
        <button type="button" onClick={onDownloadImage}>
          {m.mapImage.download}
        </button>
      )}
    </div>
  );
});
