/**
 * The arcs from Hong Kong: great circles (d3-geo) between two anchors, cut at ±180° so that a map
 * without world copies never draws one across the whole world. Computed in the app from the
 * anchors the data build placed (a few milliseconds for every arc), rather than shipped in
 * atlas.json, where their points were a quarter of the first load's data.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';

type LonLat = [number, number];

/** About one point per this many degrees of arc: smooth at the zooms the camera reaches. */
const ARC_STEP_DEGREES = 2;
const RAD = Math.PI / 180;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Cuts a line wherever consecutive points jump more than 180° in longitude (the antimeridian),
 * ending one piece at ±180 and starting the next at ∓180, at the latitude where it crosses.
 */
export function splitAtAntimeridian(line: readonly LonLat[]): LonLat[][] {
  const pieces: LonLat[][] = [];
  let current: LonLat[] = [line[0]];
  for (let i = 1; i < line.length; i++) {
    const [lon0, lat0] = line[i - 1];
    const [lon1, lat1] = line[i];
    if (Math.abs(lon1 - lon0) > 180) {
      const edge = lon0 > 0 ? 180 : -180;
      const t = (edge - lon0) / (lon1 + 2 * edge - lon0);
      const lat = round(lat0 + t * (lat1 - lat0));
      pieces.push([...current, [edge, lat]]);
      current = [[-edge, lat]];
    }
    current.push(line[i]);
  }
  pieces.push(current);
  return pieces.filter((p) => p.length >= 2);
}

/** The great circle from `from` to `to`, as pieces that never cross ±180°; the ends are exactly the anchors. */
export function greatCircleArc(from: LonLat, to: LonLat): LonLat[][] {
  const interpolate = geoInterpolate(from, to);
  const degrees = geoDistance(from, to) / RAD;
  const steps = Math.max(4, Math.ceil(degrees / ARC_STEP_DEGREES));
  const line: LonLat[] = [from];
  for (let i = 1; i < steps; i++) {
    const [lon, lat] = interpolate(i / steps);
    line.push([round(lon), round(lat)]);
  }
  line.push(to);
  return splitAtAntimeridian(line);
}
