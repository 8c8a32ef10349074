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

const layers = (specs: LayerSpecification[], beforeId?: string) =>
  specs.map((spec) => <Layer key={spec.id} {...(spec as Parameters<typeof Layer>[0])} beforeId={beforeId} />);

/** Anchors for the layers added after the first idle, so they land at their place in the stack. */
const ABOVE_ARCS_AND_LABELS = ECONOMY_POINT_LAYERS[0].id;
const ABOVE_OFFICES = HUB_LAYERS[0].id;
/** The "only signed or negotiating" hatching and dashed outline: their pattern and dash shaders join with the details. */
const AREA_DETAILS = new Set(['economies-pipeline-hatch', 'economies-pipeline-outline']);

/** Area layers drawn in the first frame, and the detail ones, each placed under the base layer that follows it. */
function splitAreaLayers(scope: LayerScope) {
  const specs = economyAreaLayers(scope);
  const base = specs.filter((spec) => !AREA_DETAILS.has(spec.id));
  const details = specs.flatMap((spec, i) => {
    if (!AREA_DETAILS.has(spec.id)) return [];
    const next = specs.slice(i + 1).find((later) => !AREA_DETAILS.has(later.id));
    return layers([spec], next?.id ?? ABOVE_ARCS_AND_LABELS);
  });
  return { base: layers(base), details };
}

/** A layer that exists once the details have joined: an idle with it present is the complete map. */
export const DETAIL_LAYER = labelLayers('en')[0].id;

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
  /**
   * false for the first frame: the economies (shapes, colours, points, hub) are drawn first, and
   * arcs, labels, office markers and the pipeline hatching join once that is idle. They need their
   * own shaders, glyphs and symbol placement, which would otherwise delay the first coloured map.
   */
  withDetails: boolean;
}

export const MapLayers = memo(function MapLayers({ data, showArcs, showOffices, lang, withDetails }: Props) {
  const areas = useMemo(() => splitAreaLayers(data.scope), [data.scope]);
  const arcs = useMemo(() => layers(arcLayers(showArcs), ABOVE_ARCS_AND_LABELS), [showArcs]);
  const offices = useMemo(() => layers(officeLayers(showOffices), ABOVE_OFFICES), [showOffices]);
  const labels = useMemo(() => layers(labelLayers(lang), ABOVE_ARCS_AND_LABELS), [lang]);
  return (
    <>
      <Source id={ECONOMY_SOURCE} type="geojson" data={data.economies as GeoJSON.FeatureCollection} promoteId="iso2">
        {areas.base}
        {withDetails && areas.details}
      </Source>
      {/* Sources are always there (feature-state is written to them); a source with no layer loads nothing. */}
      <Source id={ARC_SOURCE} type="geojson" data={data.arcs} promoteId="iso2">
        {withDetails && arcs}
      </Source>
      <Source id={LABEL_SOURCE} type="geojson" data={data.labels}>
        {withDetails && labels}
      </Source>
      {/* Points are a second set of layers on the economies source, above the arcs and labels. */}
      {layers(ECONOMY_POINT_LAYERS)}
      <Source id={OFFICE_SOURCE} type="geojson" data={data.offices} promoteId="officeId">
        {withDetails && offices}
      </Source>
      {layers(HUB_LAYERS)}
    </>
  );
});
