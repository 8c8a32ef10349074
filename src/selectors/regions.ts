import type { Economy } from '../domain/records';

export interface RegionOption {
  region: string;
  subregions: string[];
}

/** UN M49 regions and subregions of the economies given, alphabetically, for the region filter. */
export function regionOptions(economies: readonly Economy[]): RegionOption[] {
  const map = new Map<string, Set<string>>();
  for (const e of economies) {
    if (!e.region) continue;
    const subs = map.get(e.region) ?? new Set<string>();
    if (e.subregion) subs.add(e.subregion);
    map.set(e.region, subs);
  }
  return [...map].map(([region, subs]) => ({ region, subregions: [...subs].sort() })).sort((a, b) => a.region.localeCompare(b.region));
}

/**
 * The same regions in the reader's order: by the names shown (stroke count in zh-HK, pinyin in
 * zh-CN, alphabetical in English), regions and the subregions under each.
 */
export function regionsInReadersOrder(
  regions: readonly RegionOption[],
  name: (region: string) => string,
  compare: (a: string, b: string) => number,
): RegionOption[] {
  const byName = (a: string, b: string) => compare(name(a), name(b));
  return regions.map((r) => ({ region: r.region, subregions: [...r.subregions].sort(byName) })).sort((a, b) => byName(a.region, b.region));
}
