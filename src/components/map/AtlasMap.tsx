import { Map } from '@vis.gl/react-maplibre';
import type { ErrorEvent, Map as MaplibreMap, ProjectionSpecification } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Iso2 } from '../../domain/primitives';
import type { EconomyPlace, Office } from '../../domain/records';
import { tileLoadError } from './economy-tile-errors';
import type { HoverInfo } from '../../selectors/hover-info';
import type { EconomyFeatureState } from '../../selectors/map-feature-states';
import { DETAIL_LAYER, MapLayers, type MapLayerData } from './MapLayers';
import { MapToolbar, type MapOptionActions, type MapOptions } from './MapToolbar';
import { MapLegend } from './MapLegend';
import { MapControls, mapUiLocale } from './map-controls';
import { MapTooltip } from './MapTooltip';
import { downloadMapImage } from './map-image';
import type { MapImageCaption } from './map-image-text';
import { useI18n } from '../../i18n/use-i18n';
import { maplibregl } from './maplibre';
import { registerMapImages } from './map-images';
import { initialStyle } from './initial-style';
import { ECONOMY_SOURCE, OCEAN } from './map-style';
import { frameBox, initialView, useCamera, useFrameOnChange } from './use-camera';
import { framesOf } from '../../selectors/geo/camera-frame';
import { type StoryFrame, useStoryCamera } from './use-story-camera';
import { useFeatureStates } from './use-feature-states';
import { useMapPointer } from './use-map-pointer';
import { useProjectionSwitch } from './use-projection-switch';
import { useWebglContext } from './use-webgl-context';

declare global {
  interface Window {
    /** performance.now() at the map's latest `idle` event with the economies drawn: tests and benchmarks wait on it. */
    __mapIdle?: number;
    /** performance.now() at the first idle with every layer drawn (arcs, labels and offices join after the first idle). */
    __mapComplete?: number;
    /** The MapLibre instance, for end-to-end tests that click economies by their coordinates. */
    __atlasMap?: MaplibreMap;
  }
}

export interface AtlasMapProps {
  /** null while the atlas loads: the map starts meanwhile (its worker loads the economies' tiles), and shows once this is in. */
  data: MapLayerData | null;
  hub: Iso2;
  states: ReadonlyMap<Iso2, EconomyFeatureState>;
  selected: Iso2 | null;
  office: string | null;
  /** Economies the open office covers, outlined on the map. */
  covered: readonly Iso2[];
  /** A chosen mission's destinations: framed when chosen. */
  focus: readonly Iso2[] | null;
  /** The economies the filters leave: "Zoom to matches" frames them. */
  matches: readonly Iso2[];
  options: MapOptions;
  actions: MapOptionActions;
  describeEconomy: (iso2: Iso2) => HoverInfo | null;
  findOffice: (officeId: string) => Office | undefined;
  onSelect: (iso2: Iso2 | null) => void;
  onSelectOffice: (officeId: string | null) => void;
  /** A story step's camera, framed when the step opens. */
  frame?: StoryFrame | null;
  /** The picture's title, filters, legend and source, for "Download map image"; without it there is no such button. */
  imageCaption?: () => MapImageCaption;
  /** Called on every idle of the complete map; the app uses the first to load what the first view does not need. */
  onFirstIdle?: () => void;
}

const NO_PLACES: ReadonlyMap<string, EconomyPlace> = new globalThis.Map();

/** One stable object per projection, so a re-render never sets the projection again. */
const PROJECTIONS: Record<MapOptions['projection'], ProjectionSpecification> = { mercator: { type: 'mercator' }, globe: { type: 'globe' } };

/** Top to bottom: what a click or hover can hit. Hidden layers are skipped by MapLibre. */
const INTERACTIVE_LAYERS = ['hub-point', 'offices-clusters', 'offices-icons', 'economies-points', 'economies-fill'];

export function AtlasMap(props: AtlasMapProps) {
  const { data, hub, states, selected, office, covered, options, findOffice } = props;
  const { m, lang } = useI18n();
  const [map, setMap] = useState<MaplibreMap | null>(null);
  // Arcs, labels and office markers join after the first idle with the economies drawn.
  const [firstIdle, setFirstIdle] = useState(false);
  // Whether the worker has tiled the shapes for the first view (see the map's `style` below).
  const [shapesLoaded, setShapesLoaded] = useState(false);
  // Anchors, camera boxes and arcs come with the atlas (the data build computes them); the shapes
  // are tiles the map's worker reads. One style object per map, made when the map is.
  const [mapStyle] = useState(initialStyle);
  const anchors = data?.places ?? NO_PLACES;
  const withDetails = firstIdle;
  // A lost WebGL context blanks the map until the browser restores it; MapLibre then rebuilds its
  // style, and every feature-state is written again.
  const context = useWebglContext(map);
  // Feature-state needs the sources that come with the data; it is written before the map shows.
  const { coloured, pending: writesPending } = useFeatureStates(
    data ? map : null,
    withDetails,
    states,
    selected,
    office,
    covered,
    context.generation,
  );
  const subregionMates = useMemo(() => {
    const bySubregion = new globalThis.Map<string, Iso2[]>();
    for (const e of data?.economies ?? []) bySubregion.set(e.subregion, [...(bySubregion.get(e.subregion) ?? []), e.iso2]);
    const subregionOf = new globalThis.Map((data?.economies ?? []).map((e) => [e.iso2, e.subregion]));
    return (iso2: Iso2) => bySubregion.get(subregionOf.get(iso2) ?? '') ?? [];
  }, [data]);
  const projection = useProjectionSwitch(map, options.projection);
  const openOffice = useMemo(() => (office ? (findOffice(office) ?? null) : null), [office, findOffice]);
  const { resetView, moveScheduled } = useCamera(map, selected, anchors, hub, projection.shown, subregionMates, openOffice);
  useFrameOnChange(map, props.focus, anchors);
  // Read when the button is pressed: the toolbar's props stay the same while the filters change
  // the matches, so a filter input does not re-render it (it shows nothing new).
  const matches = useRef(props.matches);
  useEffect(() => {
    matches.current = props.matches;
  }, [props.matches]);
  const zoomToMatches = useCallback(() => {
    const box = map && framesOf(matches.current, anchors);
    if (map && box) frameBox(map, box);
  }, [map, anchors]);
  const { imageCaption } = props;
  const downloadImage = useMemo(
    () => (map && imageCaption ? () => void downloadMapImage(map, imageCaption(), 'hong-kong-ties-map.png') : undefined),
    [map, imageCaption],
  );
  useStoryCamera(map, props.frame, anchors, projection.shown);
  const pointer = useMapPointer(props.onSelect, props.onSelectOffice);
  const [failure, setFailure] = useState<Error | null>(null);
  // MapLibre is created asynchronously, outside React's render: a failure to create it (no WebGL2
  // context, e.g. a blocklisted GPU) is rethrown here so the map's error boundary takes over.
  if (failure) throw failure;
  const onError = useCallback((e: ErrorEvent) => {
    if (!e.target) setFailure(e.error instanceof Error ? e.error : new Error(String(e.error)));
    // A tile of the economies could not be loaded or read by the map's worker: the map cannot be drawn.
    else if ((e as ErrorEvent & { sourceId?: string }).sourceId === ECONOMY_SOURCE) setFailure(tileLoadError(e.error));
    else console.error(e.error); // a runtime error of a working map: reported, as MapLibre does by default
  }, []);

  // The map is usable once its style, with the economies source, is in. (Its `load` event would
  // wait for the first complete render, and so for the geometry, before the colours could be written.)
  const onStyleData = useCallback((e: { target: MaplibreMap }) => {
    if (!e.target.getSource(ECONOMY_SOURCE)) return;
    window.__atlasMap = e.target;
    setMap(e.target);
  }, []);

  return (
    <div className="map" role="region" aria-label={m.map.region} style={{ background: OCEAN }}>
      <Map
        mapLib={maplibregl}
        initialViewState={initialView(options.projection)}
        mapStyle={mapStyle}
        // Hidden until the atlas is in to colour the economies and their shapes are tiled: on software
        // WebGL every frame shown is read back for display, and frames of an empty sea are not worth
        // that. The shapes' arrival shows the map synchronously, before the frame that draws them, so
        // that frame is the first one shown (traced: no readback before the first idle, the coloured
        // map displayed no later than before).
        style={data && shapesLoaded ? undefined : { visibility: 'hidden' }}
        onSourceData={(e) => {
          if (shapesLoaded || e.sourceId !== ECONOMY_SOURCE || !e.isSourceLoaded) return;
          flushSync(() => setShapesLoaded(true));
        }}
        // A projection spec, not its name: the wrapper hands the prop to map.setProjection, which in
        // maplibre-gl 5+ reads `.type` (a bare 'globe' logged "Unknown projection name: undefined").
        projection={PROJECTIONS[projection.shown]}
        renderWorldCopies={false}
        // No out-of-view tile cache: a cached tile of the economies keeps its geometry and a vertex
        // array per state-driven paint property (~0.4 MB a tile here), and the default cache holds
        // 45 per source, so long use held megabytes more or less depending on where the camera had
        // been (`npm run bench:heap`). The worker reads the tile again (the browser caches the file) when the camera comes back.
        maxTileCacheSize={0}
        fadeDuration={0}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={pointer.hovered ? 'pointer' : 'grab'}
        onMouseMove={pointer.onMouseMove}
        onMouseLeave={pointer.onMouseLeave}
        onMouseOut={pointer.onMouseLeave}
        onClick={pointer.onClick}
        onStyleData={onStyleData}
        onIdle={(e) => {
          // Before the atlas is in, the map is hidden and its economies uncoloured: only idles after
          // the colours are written count.
          if (!coloured.current) return;
          // A selection's flight starts a frame after its panel: the idle before it is not the end.
          if (moveScheduled.current) return;
          // Likewise a projection switch, given to the map a frame after the press.
          if (projection.pending.current) return;
          // A filter's colours are written a frame after the input (use-feature-states.ts): not idle yet.
          if (writesPending.current) return;
          window.__mapIdle = performance.now();
          // The hatching and office markers are drawn on canvases: only needed once the details join.
          registerMapImages(e.target);
          setFirstIdle(true);
          if (!e.target.getLayer(DETAIL_LAYER)) return;
          window.__mapComplete ??= window.__mapIdle;
          props.onFirstIdle?.();
        }}
        onError={onError}
        attributionControl={false}
        locale={mapUiLocale(m)}
      >
        <MapControls />
        {map && data && (
          <MapLayers data={data} showArcs={options.arcs} showOffices={options.offices} lang={lang} withDetails={withDetails} />
        )}
      </Map>
      <MapLegend />
      {!(data && shapesLoaded) && (
        <p className="map-loading" role="status">
          {m.loadingMap}
        </p>
      )}
      {projection.drawing && !context.lost && (
        <p className="map-drawing" role="status">
          {m.map.drawing[options.projection]}
        </p>
      )}
      {context.lost && (
        <p className="map-restoring" role="status">
          {m.map.restoring}
        </p>
      )}
      <MapToolbar
        options={options}
        actions={props.actions}
        onResetView={resetView}
        onZoomToMatches={zoomToMatches}
        onDownloadImage={downloadImage}
      />
      <MapTooltip hovered={pointer.hovered} describeEconomy={props.describeEconomy} findOffice={props.findOffice} />
    </div>
  );
}
