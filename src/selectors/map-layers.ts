/**
 * The map's static layers as GeoJSON, built once per data load: arcs from Hong Kong to every
 * economy that has any tie, a label point per economy, a marker per office. Which arcs show and
 * how they look follow the filters through feature-state, so a filter change rebuilds none of this.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Atlas, Economy, Office, OfficeType } from '../domain/records';
import { PIPELINE_STATUSES } from '../domain/statuses';
import type { EconomyAnchor } from './geo/economy-anchors';
import { greatCircle, splitAtAntimeridian } from './geo/great-circle';

export type ArcCollection = FeatureCollection<LineString | MultiLineString, { iso2: string }>;
/** `name` is English; the Chinese names let the label layer switch language without new GeoJSON. */
export type LabelCollection = FeatureCollection<Point, { iso2: string; name: string; nameZhHK: string; nameZhCN: string; sortKey: number }>;
export type OfficeCollection = FeatureCollection<Point, { officeId: string; officeType: OfficeType; name: string }>;

/** A great-circle arc from the hub to each partner's anchor, cut at the antimeridian. */
export function hubArcs(anchors: ReadonlyMap<string, EconomyAnchor>, partners: Iterable<string>, hub: string): ArcCollection {
  const from = anchors.get(hub)?.anchor;
  const features: ArcCollection['features'] = [];
  if (!from) return { type: 'FeatureCollection', features };
  for (const iso2 of [...new Set(partners)].sort()) {
    const to = anchors.get(iso2)?.anchor;
    if (!to || iso2 === hub) continue;
    const parts = splitAtAntimeridian(greatCircle(from, to));
    const geometry: LineString | MultiLineString =
      parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts };
    features.push({ type: 'Feature', properties: { iso2 }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * One label point per named economy. Larger economies get a lower sort key, so when labels
 * collide at world zooms the large ones are placed and the small ones wait for a closer zoom.
 */
export function labelPoints(anchors: ReadonlyMap<string, EconomyAnchor>, economies: readonly Economy[]): LabelCollection {
  const features: LabelCollection['features'] = [];
  for (const e of economies) {
    const a = anchors.get(e.iso2);
    if (!a) continue;
    const sortKey = Math.round(-Math.log10(Math.max(a.size, 1e-6)) * 100);
    features.push({ type: 'Feature', properties: { iso2: e.iso2, name: e.names.en, nameZhHK: e.names.zhHK, nameZhCN: e.names.zhCN, sortKey }, geometry: { type: 'Point', coordinates: a.anchor } });
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
