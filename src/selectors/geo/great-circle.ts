/**
 * Great-circle arcs on the sphere, split where they cross the antimeridian so a flat map without
 * world copies draws two pieces that meet at ±180° instead of a line across the whole world.
 */
import type { Position } from 'geojson';

type Vec3 = [number, number, number];
const RAD = Math.PI / 180;

function toVector([lon, lat]: Position): Vec3 {
  const l = lon * RAD;
  const p = lat * RAD;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function toPosition([x, y, z]: Vec3): Position {
  const lon = Math.atan2(y, x) / RAD;
  const lat = Math.asin(Math.max(-1, Math.min(1, z))) / RAD;
  return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const normalise = (a: Vec3): Vec3 => scale(a, 1 / Math.hypot(...a));

/** Degrees of arc between two places. */
export function angularDistance(from: Position, to: Position): number {
  return Math.acos(Math.max(-1, Math.min(1, dot(toVector(from), toVector(to))))) / RAD;
}

/**
 * Points along the shorter great circle from `from` to `to`, about one every `stepDegrees` of arc,
 * with longitudes in [-180, 180]. Antipodal places have no unique great circle: the arc then goes
 * through the pole on the `from` side, which is as good as any.
 */
export function greatCircle(from: Position, to: Position, stepDegrees = 2): Position[] {
  const a = toVector(from);
  const b = toVector(to);
  const omega = Math.acos(Math.max(-1, Math.min(1, dot(a, b))));
  if (omega < 1e-9) return [from, to];
  const steps = Math.max(4, Math.ceil(omega / RAD / stepDegrees));
  // The unit vector perpendicular to `a` in the plane of the arc: the direction of travel at `from`.
  let towards = add(b, scale(a, -Math.cos(omega)));
  if (Math.hypot(...towards) < 1e-9) towards = cross(cross(a, [0, 0, 1]), a);
  if (Math.hypot(...towards) < 1e-9) towards = [1, 0, 0];
  towards = normalise(towards);
  const out: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const angle = (omega * i) / steps;
    out.push(toPosition(add(scale(a, Math.cos(angle)), scale(towards, Math.sin(angle)))));
  }
  out[0] = [...from];
  out[steps] = [...to];
  return out;
}

/**
 * Cuts a line wherever consecutive points jump more than 180° in longitude (the antimeridian),
 * adding the crossing point at +180 on one side and -180 on the other.
 */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [line[0]];
  for (let i = 1; i < line.length; i++) {
    const [lon0, lat0] = line[i - 1];
    const [lon1, lat1] = line[i];
    if (Math.abs(lon1 - lon0) > 180) {
      const east = lon0 > 0; // leaving through +180 (eastwards) or -180 (westwards)
      const edge = east ? 180 : -180;
      const lon1Unwrapped = east ? lon1 + 360 : lon1 - 360;
      const t = (edge - lon0) / (lon1Unwrapped - lon0);
      const lat = Math.round((lat0 + t * (lat1 - lat0)) * 1e4) / 1e4;
      current.push([edge, lat]);
      parts.push(current);
      current = [[-edge, lat]];
    }
    current.push(line[i]);
  }
  parts.push(current);
  return parts.filter((p) => p.length >= 2);
}
