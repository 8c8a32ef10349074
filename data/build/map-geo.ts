/**
 * Where the map puts things, computed once in the build from the geometry it writes: each
 * economy's label anchor (the pole of inaccessibility of its largest part, with polylabel, in
 * Mercator so the label sits where the shape looks widest), its camera box (d3-geo's spherical
 * bounds, which know the antimeridian) and which economies an arc from Hong Kong reaches. The app
 * reads these from atlas.json; it draws the arcs between the anchors itself (src/selectors/geo/great-circle.ts).
 */
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { z } from '../../src/domain/zod';
import { type AtlasGeo, atlasGeoSchema } from '../../src/domain/records';

/** What the build writes, before the schema brands the codes. */
type PlaceInput = z.input<typeof atlasGeoSchema>['places'][number];
type LonLat = [number, number];

type EconomyFeature = Feature<Polygon | MultiPolygon | Point, { iso2: string | null; shape: 'area' | 'point' }>;

/** Parts smaller than this share of the largest part are left out of the camera box (French Guiana, Alaska's islands). */
const MAIN_PART_SHARE = 0.25;
const round = (n: number, decimals = 2) => Math.round(n * 10 ** decimals) / 10 ** decimals;
const RAD = Math.PI / 180;
const KM2_PER_STERADIAN = 6371.0088 ** 2;

/** d3-geo wants exterior rings clockwise; an area over half the sphere means the ring was read the other way. */
const sphericalArea = (polygon: Position[][]) => {
  const a = geoArea({ type: 'Polygon', coordinates: polygon });
  return Math.min(a, 4 * Math.PI - a);
};

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * RAD) / 2)) / RAD;
const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/** The point of a polygon farthest from its edges on the map as drawn (Web Mercator). */
export function labelAnchor(polygon: Position[][]): LonLat {
  const projected = polygon.map((ring) => ring.map(([lon, lat]): LonLat => [lon, mercatorY(lat)]));
  const [x, y] = polylabel(projected, 0.01);
  return [round(x), round(latitudeOf(y))];
}

/** d3's [[west, south], [east, north]] as [west, south, east, north], east past 180 for a box across the antimeridian. */
function boxOf(parts: Position[][][]): [number, number, number, number] {
  const [[west, south], [east, north]] = geoBounds({ type: 'MultiPolygon', coordinates: parts });
  return [round(west), round(south), round(east < west ? east + 360 : east), round(north)];
}

export function economyPlaces(geometry: FeatureCollection<Polygon | MultiPolygon | Point, EconomyFeature['properties']>): PlaceInput[] {
  const places = new Map<string, PlaceInput>();
  const points = new Map<string, Position>();
  for (const f of geometry.features) {
    const iso2 = f.properties.iso2;
    if (!iso2) continue;
    if (f.geometry.type === 'Point') {
      points.set(iso2, f.geometry.coordinates);
      continue;
    }
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const parts = polygons.map((polygon) => ({ polygon, area: sphericalArea(polygon) })).sort((a, b) => b.area - a.area);
    const main = parts.filter((p) => p.area >= parts[0].area * MAIN_PART_SHARE).map((p) => p.polygon);
    places.set(iso2, {
      iso2,
      anchor: labelAnchor(parts[0].polygon),
      bounds: boxOf(main),
      point: false,
      km2: Math.round(parts[0].area * KM2_PER_STERADIAN),
    });
  }
  // An economy drawn as a point (too small to click) is labelled and reached at its point.
  for (const [iso2, point] of points) {
    const area = places.get(iso2);
    places.set(iso2, {
      iso2,
      anchor: [round(point[0]), round(point[1])] as LonLat,
      bounds: area?.bounds ?? null,
      point: true,
      km2: area?.km2 ?? 0,
    });
  }
  return [...places.values()].sort((a, b) => a.iso2.localeCompare(b.iso2));
}

/** The map's places and an arc from the hub to every economy with a tie (the filters decide which show). */
export function atlasGeo(places: PlaceInput[], partners: Iterable<string>, hub: string): AtlasGeo {
  const byCode = new Map(places.map((p) => [p.iso2, p]));
  const from = byCode.get(hub)?.anchor;
  const arcs = [...new Set(partners)]
    .filter((iso2) => iso2 !== hub && byCode.has(iso2) && from)
    .sort()
    .map((iso2) => ({ from: hub, to: iso2 }));
  return atlasGeoSchema.parse({ places, arcs });
}
