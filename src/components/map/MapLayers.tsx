import { Layer, Source } from '@vis.gl/react-maplibre';
import type { LayerSpecification } from 'maplibre-gl';
import { memo, useMemo } from 'react';
import type { Economy, EconomyPlace } from '../../domain/records';
import { formatters } from '../../i18n/format';
import { type ArcCollection, labelPoints, type OfficeCollection } from '../../selectors/map-layers';
import { arcLayers } from './layers/arc-layers';
import { ECONOMY_POINT_LAYERS, HUB_LAYERS, type LayerScope, pipelineLayers } from './layers/economy-layers';
import { labelLayers } from './layers/label-layers';
import { useChineseGlyphsAhead } from './use-chinese-glyphs-ahead';
import type { Locale } from '../../domain/locales';
import { OFFICE_CLUSTER_MAX_ZOOM, OFFICE_CLUSTER_RADIUS, officeLayers } from './layers/office-layers';
import { ARC_SOURCE, LABEL_SOURCE, OFFICE_SOURCE } from './map-style';

/** What the layers need from the atlas, built once per data load (feature-state does the rest). */
export interface MapLayerData {
  /** Where the build placed each economy: label anchor, arc end, camera box. */
  places: ReadonlyMap<string, EconomyPlace>;
  /** An arc to every economy with any tie; the filters decide which show. */
  arcs: ArcCollection;
  economies: readonly Economy[];
  offices: OfficeCollection;
  scope: LayerScope;
}

const layers = (specs: LayerSpecification[], beforeId?: string) =>
  specs.map((spec) => <Layer key={spec.id} {...(spec as Parameters<typeof Layer>[0])} beforeId={beforeId} />);

/** Anchors for the layers added after the first idle, so they land at their place in the stack. */
const ABOVE_ARCS_AND_LABELS = ECONOMY_POINT_LAYERS[0].id;
const ABOVE_OFFICES = HUB_LAYERS[0].id;

/** A layer that exists once the details have joined: an idle with it present is the complete map. */
export const DETAIL_LAYER = labelLayers()[0].id;

/**
 * The layers added to the map's initial style (initial-style.ts), each placed in the stack with
 * `beforeId`: the pipeline hatching and dashed outline among the shapes, arcs and labels under the
 * small economies' points, offices under the hub, so nothing covers Hong Kong.
 */
interface Props {
  data: MapLayerData;
  showArcs: boolean;
  showOffices: boolean;
  lang: Locale;
  /**
   * false for the first frame, which draws the economies only. Arcs, labels, office markers and
   * the pipeline hatching join once that is idle: they need their own
   * shaders, glyphs and symbol placement, which would otherwise delay the first coloured map.
   */
  withDetails: boolean;
}

export const MapLayers = memo(function MapLayers({ withDetails, ...details }: Props) {
  // Nothing here is in the first frame: the sources, too, join with the details (each would cost
  // the map a frame while its first frame loads, and every frame is read back on software WebGL).
  return withDetails ? <MapDetails {...details} /> : null;
});

function MapDetails({ data, showArcs, showOffices, lang }: Omit<Props, 'withDetails'>) {
  const pipeline = useMemo(() => pipelineLayers(data.scope).map(({ spec, beforeId }) => layers([spec], beforeId)[0]), [data.scope]);
  const arcs = useMemo(() => layers(arcLayers(showArcs), ABOVE_ARCS_AND_LABELS), [showArcs]);
  const offices = useMemo(() => layers(officeLayers(showOffices), ABOVE_OFFICES), [showOffices]);
  const labels = useMemo(() => layers(labelLayers(), ABOVE_ARCS_AND_LABELS), []);
  const labelData = useMemo(
    () => labelPoints(data.places, data.economies, formatters(lang).economyName),
    [data.places, data.economies, lang],
  );
  useChineseGlyphsAhead(data.places, data.economies, lang);
  return (
    <>
      {pipeline}
      <Source id={ARC_SOURCE} type="geojson" data={data.arcs} promoteId="iso2">
        {arcs}
      </Source>
      <Source id={LABEL_SOURCE} type="geojson" data={labelData}>
        {labels}
      </Source>
      <Source
        id={OFFICE_SOURCE}
        type="geojson"
        data={data.offices}
        promoteId="officeId"
        cluster
        clusterMaxZoom={OFFICE_CLUSTER_MAX_ZOOM}
        clusterRadius={OFFICE_CLUSTER_RADIUS}
      >
        {offices}
      </Source>
    </>
  );
}
