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
}

/** Map switches, keyboard reachable: arcs, offices, flat map or globe, and back to the world. */
export function MapToolbar({ options, actions, onResetView }: Props) {
  return (
    <div className="map-toolbar" role="group" aria-label="Map options">
      <label>
        <input type="checkbox" checked={options.arcs} onChange={(e) => actions.setArcs(e.target.checked)} /> Show arcs
      </label>
      <label>
        <input type="checkbox" checked={options.offices} onChange={(e) => actions.setOffices(e.target.checked)} /> Show offices
      </label>
      <span role="group" aria-label="Projection" className="segmented">
        <button type="button" aria-pressed={options.projection === 'mercator'} onClick={() => actions.setProjection('mercator')}>
          Flat
        </button>
        <button type="button" aria-pressed={options.projection === 'globe'} onClick={() => actions.setProjection('globe')}>
          Globe
        </button>
      </span>
      <button type="button" onClick={onResetView}>
        Reset view
      </button>
    </div>
  );
}
