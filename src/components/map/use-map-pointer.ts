import type { MapLayerMouseEvent } from '@vis.gl/react-maplibre';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Point } from 'geojson';
import { useCallback, useState } from 'react';
import { parseIso2 } from '../../domain/iso2';
import type { Iso2 } from '../../domain/primitives';

type Feature = { kind: 'economy'; id: Iso2 } | { kind: 'office'; id: string };

/** What the pointer is over: an economy or an office, and where (pixels within the map). */
export type Hovered = (Feature & { x: number; y: number }) | null;

/** The economy or office under the pointer; a feature's properties come from the map, so its code is checked. */
function featureUnder(e: MapLayerMouseEvent): Feature | null {
  const props = e.features?.[0]?.properties;
  if (typeof props?.officeId === 'string') return { kind: 'office', id: props.officeId };
  const iso2 = parseIso2(props?.iso2);
  return iso2 ? { kind: 'economy', id: iso2 } : null;
}

/** Pointer handlers for the map: hover for the tooltip, click to open an economy or an office. */
export function useMapPointer(onSelect: (iso2: Iso2 | null) => void, onSelectOffice: (officeId: string | null) => void) {
  const [hovered, setHovered] = useState<Hovered>(null);

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const f = featureUnder(e);
    setHovered(f ? { ...f, x: e.point.x, y: e.point.y } : null);
  }, []);
  const onMouseLeave = useCallback(() => setHovered(null), []);
  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const cluster = e.features?.[0];
      if (cluster?.layer.id === 'offices-clusters') {
        // A cluster of offices: zoom in until it splits, centred on it.
        const source = e.target.getSource<GeoJSONSource>(cluster.source);
        const center = (cluster.geometry as Point).coordinates as [number, number];
        void source?.getClusterExpansionZoom(Number(cluster.properties.cluster_id)).then((zoom) => e.target.easeTo({ center, zoom }));
        return;
      }
      const f = featureUnder(e);
      if (f?.kind === 'office') onSelectOffice(f.id);
      else onSelect(f ? f.id : null);
    },
    [onSelect, onSelectOffice],
  );

  return { hovered, onMouseMove, onMouseLeave, onClick };
}
