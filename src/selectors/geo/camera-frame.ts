/**
 * What the camera shows for a chosen economy: the economy together with Hong Kong, so its arc
 * shows; when that box would span most of the world (the Americas seen from Hong Kong), the economy
 * with its UN subregion instead, so the reader keeps its neighbours for context.
 */
import type { EconomyPlace } from '../../domain/records';

/** [west, south, east, north]; east may exceed 180 for a box that crosses the antimeridian. */
export type Bounds = [number, number, number, number];

/** Beyond these spans (degrees) the box with Hong Kong is "far away": most of a world map. */
export const FAR_LON_SPAN = 150;
export const FAR_LAT_SPAN = 100;

export function boxOf(place: EconomyPlace): Bounds {
  const [lon, lat] = place.anchor;
  return place.bounds ?? [lon, lat, lon, lat];
}

export function unionBounds(boxes: readonly Bounds[]): Bounds {
  return boxes.reduce<Bounds>(
    (u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

const isFar = (b: Bounds) => b[2] - b[0] > FAR_LON_SPAN || b[3] - b[1] > FAR_LAT_SPAN;

export function cameraFrame(
  target: string,
  hub: string,
  anchors: ReadonlyMap<string, EconomyPlace>,
  /** Economies of the target's UN subregion (the target may be among them). */
  subregionMates: readonly string[],
): Bounds | null {
  const own = anchors.get(target);
  if (!own) return null;
  const hubAnchor = anchors.get(hub);
  const withHub = hubAnchor ? unionBounds([boxOf(own), boxOf(hubAnchor)]) : boxOf(own);
  if (!isFar(withHub)) return withHub;
  const mates = subregionMates.map((c) => anchors.get(c)).filter((a): a is EconomyPlace => !!a);
  const region = unionBounds([boxOf(own), ...mates.map(boxOf)]);
  // A subregion as wide as the world (scattered islands) frames the economy alone.
  return isFar(region) ? boxOf(own) : region;
}

/** The box around several economies (e.g. the filtered set, a mission's destinations); null if none is drawn. */
export function framesOf(codes: Iterable<string>, anchors: ReadonlyMap<string, EconomyPlace>): Bounds | null {
  const boxes = [...codes]
    .map((c) => anchors.get(c))
    .filter((a): a is EconomyPlace => !!a)
    .map(boxOf);
  return boxes.length ? unionBounds(boxes) : null;
}

/**
 * What the camera shows for an open office: the office with the economies it covers, outlined on
 * the map (an office in Berlin covers eight in central Europe, too small to see at world zoom on a phone).
 */
export function officeFrame(
  office: { lon: number; lat: number; covers: readonly string[] },
  anchors: ReadonlyMap<string, EconomyPlace>,
): Bounds {
  const covered = framesOf(office.covers, anchors);
  const own: Bounds = [office.lon, office.lat, office.lon, office.lat];
  return covered ? unionBounds([own, covered]) : own;
}
