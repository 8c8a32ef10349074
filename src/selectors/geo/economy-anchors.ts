/**
 * Where the map puts things for each economy: a label/arc anchor inside its largest part, and the
 * box the camera flies to. Derived once from the geometry file, never stored.
 */
import type { Position } from 'geojson';

/** Structural view of economies.geojson features (selectors do not import the data layer). */
export interface EconomyFeatureLike {
  properties: { iso2: string | null; shape: 'area' | 'point' };
  geometry: { type: 'Polygon' | 'MultiPolygon' | 'Point'; coordinates: unknown[] };
}

/** [west, south, east, north]; east may exceed 180 for a box that crosses the antimeridian. */
export type Bounds = [number, number, number, number];

export interface EconomyAnchor {
  /** Label position and arc end: the economy's point, else a point inside its largest part. */
  anchor: Position;
  /** Box around its main parts, or null when it is drawn only as a point. */
  bounds: Bounds | null;
  /** Drawn as a clickable point (too small to click as a shape). */
  hasPoint: boolean;
  /** Planar size of its largest part (degrees², latitude-corrected): bigger economies label first. */
  size: number;
}

/** Parts smaller than this share of the largest part are left out of the camera box (French Guiana, Alaska's islands). */
const MAIN_PART_SHARE = 0.25;

type Ring = Position[];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function ringCentroid(ring: Ring): Position {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const c = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    a += c;
    x += (ring[i][0] + ring[i + 1][0]) * c;
    y += (ring[i][1] + ring[i + 1][1]) * c;
  }
  return a === 0 ? ring[0] : [x / (3 * a), y / (3 * a)];
}

function insideRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insidePolygon(p: Position, polygon: Ring[]): boolean {
  return insideRing(p, polygon[0]) && !polygon.slice(1).some((hole) => insideRing(p, hole));
}

/** Squared distance to the nearest edge (squared: only compared, and Math.hypot is slow in this hot loop). */
function squaredDistanceToEdges([x, y]: Position, polygon: Ring[]): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const x0 = ring[i - 1][0];
      const y0 = ring[i - 1][1];
      const dx = ring[i][0] - x0;
      const dy = ring[i][1] - y0;
      const length2 = dx * dx + dy * dy;
      const t = length2 ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2)) : 0;
      const ex = x - (x0 + t * dx);
      const ey = y - (y0 + t * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
  }
  return best;
}

const extent = (ring: Ring) => {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
};

/**
 * A point well inside the polygon: its centroid when that falls inside (most economies), else
 * the point of a coarse grid farthest from every edge (crescents like Croatia or Chile's coast).
 */
export function pointInside(polygon: Ring[]): Position {
  const centroid = ringCentroid(polygon[0]);
  if (insidePolygon(centroid, polygon)) return centroid;
  const { west, east, south, north } = extent(polygon[0]);
  const cells = 16;
  let best: Position = polygon[0][0];
  let bestDistance = -1;
  for (let i = 0; i <= cells; i++) {
    for (let j = 0; j <= cells; j++) {
      const p: Position = [west + ((east - west) * (i + 0.5)) / (cells + 1), south + ((north - south) * (j + 0.5)) / (cells + 1)];
      if (!insidePolygon(p, polygon)) continue;
      const d = squaredDistanceToEdges(p, polygon);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

/** Latitude-corrected planar area, enough to rank parts of one economy and economies by size. */
const partSize = (polygon: Ring[]) => Math.abs(ringArea(polygon[0])) * Math.cos((ringCentroid(polygon[0])[1] * Math.PI) / 180);

/**
 * The narrowest box around intervals of longitude that may lie on either side of the
 * antimeridian: each interval's west edge is tried as the box's west edge.
 */
export function boundsAcrossAntimeridian(parts: { west: number; east: number; south: number; north: number }[]): Bounds {
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  let best: [number, number] = [parts[0].west, parts[0].east];
  let bestWidth = Infinity;
  for (const candidate of parts) {
    const west = wrap(candidate.west);
    let width = 0;
    for (const p of parts) {
      const offset = (((wrap(p.west) - west) % 360) + 360) % 360;
      width = Math.max(width, offset + (p.east - p.west));
    }
    if (width < bestWidth) [best, bestWidth] = [[west, west + width], width];
  }
  return [best[0], Math.min(...parts.map((p) => p.south)), best[1], Math.max(...parts.map((p) => p.north))];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function economyAnchors(features: readonly EconomyFeatureLike[]): Map<string, EconomyAnchor> {
  const out = new Map<string, EconomyAnchor>();
  const points = new Map<string, Position>();
  for (const f of features) {
    const iso2 = f.properties.iso2;
    if (!iso2) continue;
    if (f.geometry.type === 'Point') {
      points.set(iso2, f.geometry.coordinates as Position);
      continue;
    }
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
    const sized = polygons.map((polygon) => ({ polygon, size: partSize(polygon) })).sort((a, b) => b.size - a.size);
    const largest = sized[0];
    const main = sized.filter((p) => p.size >= largest.size * MAIN_PART_SHARE).map((p) => extent(p.polygon[0]));
    const anchor = pointInside(largest.polygon);
    out.set(iso2, { anchor: [round(anchor[0]), round(anchor[1])], bounds: boundsAcrossAntimeridian(main).map(round) as Bounds, hasPoint: false, size: largest.size });
  }
  for (const [iso2, point] of points) {
    const area = out.get(iso2);
    out.set(iso2, { anchor: point, bounds: area?.bounds ?? null, hasPoint: true, size: area?.size ?? 0 });
  }
  return out;
}
