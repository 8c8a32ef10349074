import { Layer, Source } from '@vis.gl/react-maplibre';
import type { LayerSpecification } from 'maplibre-gl';
import { memo, useMemo } from 'react';
import type { EconomyGeometry } from '../../data/geometry-query';
import type { ArcCollection, LabelCollection, OfficeCollection } from '../../selectors/map-layers';
import { arcLayers } from './layers/arc-layers';
import { ECONOMY_POINT_LAYERS, HUB_LAYERS, type LayerScope, economyAreaLayers } from './layers/economy-layers';
import { labelLayers } from './layers/label-layers';
import type { Locale } from '../../i18n/locales';
import { officeLayers } from './layers/office-layers';
import { ARC_SOURCE, ECONOMY_SOURCE, LABEL_SOURCE, OFFICE_SOURCE } from './map-style';

/** Static GeoJSON for each source, built once per data load (feature-state does the rest). */
export interface MapLayerData {
  economies: EconomyGeometry;
  arcs: ArcCollection;
  labels: LabelCollection;
  offices: OfficeCollection;
  scope: LayerScope;
}

const layers = (specs: LayerSpecification[]) => specs.map((spec) => <Layer key={spec.id} {...(spec as Parameters<typeof Layer>[0])} />);

/**
 * Every source and layer, bottom to top: shapes, outlines, arcs, labels, small economies,
 * offices, and the hub last so nothing covers it. A source's layers sit next to each other, so
 * the drawing order follows the order sources are listed here.
 */
interface Props {
  data: MapLayerData;
  showArcs: boolean;
  showOffices: boolean;
  lang: Locale;
}

export const MapLayers = memo(function MapLayers({ data, showArcs, showOffices, lang }: Props) {
  const areas = useMemo(() => layers(economyAreaLayers(data.scope)), [data.scope]);
  const arcs = useMemo(() => layers(arcLayers(showArcs)), [showArcs]);
  const offices = useMemo(() => layers(officeLayers(showOffices)), [showOffices]);
  const labels = useMemo(() => layers(labelLayers(lang)), [lang]);
  return (
    <>
      <Source id={ECONOMY_SOURCE} type="geojson" data={data.economies as GeoJSON.FeatureCollection} promoteId="iso2">
        {areas}
      </Source>
      <Source id={ARC_SOURCE} type="geojson" data={data.arcs} promoteId="iso2">
        {arcs}
      </Source>
      <Source id={LABEL_SOURCE} type="geojson" data={data.labels}>
        {labels}
      </Source>
      {/* Points are a second set of layers on the economies source, above the arcs and labels. */}
      {layers(ECONOMY_POINT_LAYERS)}
      <Source id={OFFICE_SOURCE} type="geojson" data={data.offices} promoteId="officeId">
        {offices}
      </Source>
      {layers(HUB_LAYERS)}
    </>
  );
});
