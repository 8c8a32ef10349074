/**
 * The map's static layers as GeoJSON, built once per data load from what the data build placed
 * (atlas.geo): arcs from Hong Kong to every economy that has any tie, a label point per economy,
 * a marker per office. Which arcs show and
 * how they look follow the filters through feature-state, so a filter change rebuilds none of this.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Atlas, AtlasGeo, Economy, EconomyPlace, Office, OfficeType } from '../domain/records';
import { PIPELINE_STATUSES } from '../domain/statuses';

export type ArcCollection = FeatureCollection<LineString | MultiLineString, { iso2: string }>;
/** `name` is English; the Chinese names let the label layer switch language without new GeoJSON. */
export type LabelCollection = FeatureCollection<Point, { iso2: string; name: string; nameZhHK: string; nameZhCN: string; sortKey: number }>;
export type OfficeCollection = FeatureCollection<Point, { officeId: string; officeType: OfficeType; name: string }>;

/** The build's places by economy code: label anchors, arc ends and camera boxes. */
export const placesByCode = (geo: AtlasGeo): ReadonlyMap<string, EconomyPlace> => new Map(geo.places.map((p) => [p.iso2 as string, p]));

/** The build's great-circle arcs from the hub (already cut at the antimeridian) as GeoJSON. */
export function hubArcs(geo: AtlasGeo): ArcCollection {
  return {
    type: 'FeatureCollection',
    features: geo.arcs.map(({ iso2, lines }) => ({
      type: 'Feature',
      properties: { iso2 },
      geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines },
    })),
  };
}

/**
 * One label point per named economy. Larger economies get a lower sort key, so when labels
 * collide at world zooms the large ones are placed and the small ones wait for a closer zoom.
 */
export function labelPoints(places: ReadonlyMap<string, EconomyPlace>, economies: readonly Economy[]): LabelCollection {
  const features: LabelCollection['features'] = [];
  for (const e of economies) {
    const p = places.get(e.iso2);
    if (!p) continue;
    const sortKey = Math.round(-Math.log10(Math.max(p.km2, 1)) * 100);
    features.push({
      type: 'Feature',
      properties: { iso2: e.iso2, name: e.names.en, nameZhHK: e.names.zhHK, nameZhCN: e.names.zhCN, sortKey },
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
