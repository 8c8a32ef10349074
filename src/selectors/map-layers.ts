/**
 * The map's static layers as GeoJSON, built once per data load from what the data build placed
 * (atlas.geo): arcs from Hong Kong to every economy that has any tie, a label point per economy,
 * a marker per office. Which arcs show and
 * how they look follow the filters through feature-state, so a filter change rebuilds none of this.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Atlas, AtlasGeo, Economy, EconomyPlace, Office, OfficeType } from '../domain/records';
import { PIPELINE_STATUSES } from '../domain/statuses';
import { greatCircleArc } from './geo/great-circle';

export type ArcCollection = FeatureCollection<LineString | MultiLineString, { iso2: string }>;
/** Each economy's label point, with its name in the reader's language as `label`. */
/** `point`: the economy is drawn as a dot at the label's point, so its label goes beside the dot, never over it. */
export type LabelCollection = FeatureCollection<Point, { iso2: string; label: string; sortKey: number; point: boolean }>;
export type OfficeCollection = FeatureCollection<Point, { officeId: string; officeType: OfficeType; name: string }>;

/** The build's places by economy code: label anchors, arc ends and camera boxes. */
export const placesByCode = (geo: AtlasGeo): ReadonlyMap<string, EconomyPlace> => new Map(geo.places.map((p) => [p.iso2 as string, p]));

/**
 * The arcs the build listed, as GeoJSON: the great circle between the two places' anchors, cut at
 * the antimeridian (one piece: a LineString; more: a MultiLineString), keyed by the far end's code.
 */
export function hubArcs(geo: AtlasGeo): ArcCollection {
  const places = placesByCode(geo);
  const features: ArcCollection['features'] = [];
  for (const { from, to } of geo.arcs) {
    const [a, b] = [places.get(from), places.get(to)];
    if (!a || !b) continue;
    const lines = greatCircleArc(a.anchor, b.anchor);
    features.push({
      type: 'Feature',
      properties: { iso2: to },
      geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * One label point per named economy, its name as the reader reads it. Larger economies get a lower
 * sort key, so when labels collide at world zooms the large ones are placed and the small ones wait
 * for a closer zoom. The language is in the label source's data, not in the layer's style: a style
 * change costs MapLibre two frames before it even asks its worker for the new labels, while new data
 * for the one small label source is sent to the worker at once.
 */
export function labelPoints(
  places: ReadonlyMap<string, EconomyPlace>,
  economies: readonly Economy[],
  name: (e: Economy) => string,
): LabelCollection {
  const features: LabelCollection['features'] = [];
  for (const e of economies) {
    const p = places.get(e.iso2);
    if (!p) continue;
    const sortKey = Math.round(-Math.log10(Math.max(p.km2, 1)) * 100);
    features.push({
      type: 'Feature',
      properties: { iso2: e.iso2, label: name(e), sortKey, point: p.point },
      geometry: { type: 'Point', coordinates: p.anchor },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function officeMarkers(offices: readonly Office[]): OfficeCollection {
  return {
    type: 'FeatureCollection',
    features: offices.map((o) => ({
      type: 'Feature',
      properties: { officeId: o.officeId, officeType: o.officeType, name: o.name },
      geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
    })),
  };
}

/**
 * The economies the "pipeline only" overlay can ever apply to, whatever the filters: those with
 * a signed, concluded or negotiating tie. Sorted, so the
 * same data always gives the same layer filters.
 */
export function layerScope(atlas: Pick<Atlas, 'ties'>): { pipelineCandidates: string[] } {
  const pipeline = atlas.ties.filter((t) => PIPELINE_STATUSES.includes(t.status)).map((t) => t.partner);
  return { pipelineCandidates: [...new Set(pipeline)].sort() };
}
