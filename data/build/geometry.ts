/**
 * Turns Natural Earth 50m countries (world-atlas TopoJSON) into the GeoJSON the map draws:
 * keyed by the ISO alpha-2 codes of economies.csv, simplified, split-free across the antimeridian,
 * and with a point for every economy in the data that is too small to click as a shape.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * Planar triangle-area threshold (degrees²) of the Visvalingam simplification. 0.007 deg² is
 * ~4 px² at zoom 4 on the equator (~10 px² in Europe): coastlines at world view and zoom 4–5.5
 * (the camera's deepest fit) look the same as at 0.001, only islets of a few km² disappear, and
 * the file drops from ~301 to ~187 kB gzipped (first-load budget 900 kB). Safe only together with
 * PROTECT_BELOW_KM2: without it, 0.007 deletes 26 small economies (Macao, Monaco, Maldives…)
 * and even 0.001 halves Macao and thins Hong Kong to 25 of its 38 vertices.
 */
export const SIMPLIFY_MIN_WEIGHT = 0.007;
/**
 * Features smaller than this (km², unsimplified) keep every vertex of every arc they use: all the
 * economies the map would deform (Macao, Hong Kong, Singapore, Bahrain, Qatar, Cyprus, Lebanon,
 * Kuwait, Luxembourg, Malta…, up to the Netherlands and Denmark) for +12 kB gzipped.
 */
export const PROTECT_BELOW_KM2 = 50_000;
/** ~1 km: finer than a pixel at the zooms a world dashboard uses. */
const DECIMALS = 2;
/** Economies smaller than this (km²) get a clickable point; Qatar (~11,600 km²) is just under it. */
export const SMALL_ECONOMY_KM2 = 12_000;
const KM2_PER_SQUARE_DEGREE_AT_EQUATOR = 12_364;

/** Natural Earth features with no ISO numeric code, or one shared with another feature. */
const NAME_TO_ISO2: Record<string, string | null> = {
  Kosovo: 'XK',
  'Ashmore and Cartier Is.': null, // repeats Australia's code 036; uninhabited reef, dropped
};
/** Dropped on purpose: Antarctica's ring wraps the pole and smears across a Mercator map. */
const DROPPED_ISO2 = new Set(['AQ']);

export interface EconomyPoint {
  iso2: string;
  isoNumeric: string | null;
  lon: number;
  lat: number;
}

/**
 * Rings from world-atlas are spherical: a ring crossing ±180° jumps by ~360° between vertices.
 * Unwrapping makes the longitudes continuous (some beyond ±180, which MapLibre draws correctly),
 * then shifts the ring so its mean lies within ±180.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) offset -= 360;
      else if (prev - lon > 180) offset += 360;
    }
    out.push([lon + offset, lat]);
  }
  const mean = out.reduce((sum, p) => sum + p[0], 0) / out.length;
  const shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

function roundRing(ring: Position[]): Position[] {
  const f = 10 ** DECIMALS;
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const p = [Math.round(lon * f) / f, Math.round(lat * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Signed planar area (degrees²) and centroid of a ring, by the shoelace formula. */
export function ringAreaCentroid(ring: Position[]): { area: number; lon: number; lat: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return { area: 0, lon: ring[0][0], lat: ring[0][1] };
  return { area: a / 2, lon: cx / (3 * a), lat: cy / (3 * a) };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Approximate area in km² and the centroid of the largest part. */
export function measure(geometry: Polygon | MultiPolygon): { km2: number; lon: number; lat: number } {
  let km2 = 0;
  let best = { area: -1, lon: 0, lat: 0 };
  for (const polygon of polygonsOf(geometry)) {
    const outer = ringAreaCentroid(polygon[0]);
    const area = Math.abs(outer.area);
    km2 += area * Math.cos((outer.lat * Math.PI) / 180) * KM2_PER_SQUARE_DEGREE_AT_EQUATOR;
    if (area > best.area) best = { area, lon: outer.lon, lat: outer.lat };
  }
  return { km2, lon: best.lon, lat: best.lat };
}

const round = (n: number) => Math.round(n * 100) / 100;

type ArcIndexes = number[] | number[][] | number[][][];
function arcIndexesOf(geometry: { type: string; arcs?: ArcIndexes }): number[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  return ((geometry.arcs ?? []) as ArcIndexes).flat(2).map((i) => (i < 0 ? ~i : i));
}

export interface SimplifyOptions {
  /** Planar triangle-area threshold (degrees²); 0 keeps every vertex. */
  minWeight?: number;
  /** Features smaller than this (km²) are not simplified at all. */
  protectBelowKm2?: number;
}

/**
 * Visvalingam simplification of the countries object, except that every arc used by a small
 * feature keeps all its points (weight Infinity), so a coarse global threshold can thin the large
 * economies without deforming Macao, Hong Kong, Singapore… A protected arc shared with a large
 * neighbour (Hong Kong–China) stays whole on both sides, so borders still meet.
 */
export function simplifyTopology(topology: Topology, options: SimplifyOptions = {}): Topology {
  const { minWeight = SIMPLIFY_MIN_WEIGHT, protectBelowKm2 = PROTECT_BELOW_KM2 } = options;
  const countries = topology.objects.countries as GeometryCollection;
  const unsimplified = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon | null>;
  const protectedArcs = new Set<number>();
  countries.geometries.forEach((geometry, i) => {
    const shape = unsimplified.features[i].geometry;
    if (!shape) return;
    const unwrapped = polygonsOf(shape).map((polygon) => polygon.map(unwrapRing));
    if (measure({ type: 'MultiPolygon', coordinates: unwrapped }).km2 >= protectBelowKm2) return;
    for (const arc of arcIndexesOf(geometry as { type: string; arcs?: ArcIndexes })) protectedArcs.add(arc);
  });
  const weighted = presimplify(structuredClone(topology) as Topology<Objects<object>>);
  for (const arc of protectedArcs) for (const point of weighted.arcs[arc]) point[2] = Infinity;
  return simplify(weighted, minWeight);
}

export function buildEconomyGeometry(
  topology: Topology,
  economies: EconomyPoint[],
  economiesInData: ReadonlySet<string>,
  options: SimplifyOptions = {},
): FeatureCollection<Polygon | MultiPolygon | Point, { iso2: string | null; shape: 'area' | 'point' }> {
  const byNumeric = new Map(economies.filter((e) => e.isoNumeric).map((e) => [e.isoNumeric as string, e.iso2]));
  const simplified = simplifyTopology(topology, options);
  const collection = feature(simplified, simplified.objects.countries as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name: string }
  >;

  const areas: Feature<Polygon | MultiPolygon, { iso2: string | null; shape: 'area' }>[] = [];
  const drawnAsArea = new Map<string, { km2: number; lon: number; lat: number }>();
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const name = f.properties.name;
    const iso2 = name in NAME_TO_ISO2 ? NAME_TO_ISO2[name] : (byNumeric.get(String(f.id)) ?? null);
    if (name in NAME_TO_ISO2 && iso2 === null) continue;
    if (iso2 && DROPPED_ISO2.has(iso2)) continue;
    const polygons = polygonsOf(f.geometry)
      .map((polygon) => polygon.map((ring) => roundRing(unwrapRing(ring))))
      .filter((polygon) => polygon[0].length >= 4);
    if (polygons.length === 0) continue;
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    areas.push({ type: 'Feature', properties: { iso2, shape: 'area' }, geometry });
    if (iso2) drawnAsArea.set(iso2, measure(geometry));
  }

  const points: Feature<Point, { iso2: string; shape: 'point' }>[] = [];
  for (const e of economies) {
    if (!economiesInData.has(e.iso2) || DROPPED_ISO2.has(e.iso2)) continue;
    const shape = drawnAsArea.get(e.iso2);
    if (shape && shape.km2 >= SMALL_ECONOMY_KM2) continue;
    const [lon, lat] = shape ? [shape.lon, shape.lat] : [e.lon, e.lat];
    points.push({
      type: 'Feature',
      properties: { iso2: e.iso2, shape: 'point' },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }

  const key = (f: { properties: { iso2: string | null } }) => f.properties.iso2 ?? '~';
  areas.sort((a, b) => key(a).localeCompare(key(b)));
  points.sort((a, b) => key(a).localeCompare(key(b)));
  return { type: 'FeatureCollection', features: [...areas, ...points] };
}
