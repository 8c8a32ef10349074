import type { Atlas } from '../domain/records';
import { tieFacts } from '../domain/tie-facts';

/** Every URL the records cite (each fact's page included), once, sorted: the manifest's and the About view's source list. */
export function citedSources(atlas: Atlas): string[] {
  const urls = new Set<string>();
  for (const list of [atlas.ties, atlas.protocols, atlas.offices, atlas.missions, atlas.beltAndRoad, atlas.groupings, atlas.milestones]) {
    for (const r of list) {
      urls.add(r.sourceUrl);
      r.otherSources.forEach((u) => urls.add(u));
    }
  }
  // Each fact's own page, from the one list of a tie's facts (a new dated fact is cited without a change here).
  for (const t of atlas.ties) tieFacts(t).forEach((f) => urls.add(f.sourceUrl));
  for (const t of atlas.ties) if (t.agreementNameZhSource) urls.add(t.agreementNameZhSource);
  for (const o of atlas.offices) if (o.openedSource) urls.add(o.openedSource);
  for (const m of atlas.missions) [m.datesSource, m.mousSource].forEach((u) => u && urls.add(u));
  atlas.disagreements.forEach((d) => urls.add(d.sourceUrl));
  atlas.headlineTotals.forEach((h) => urls.add(h.sourceUrl));
  return [...urls].sort();
}

/** Sources grouped by host, largest group first, so readers see whose pages the atlas rests on. */
export function sourcesByHost(urls: readonly string[]): { host: string; urls: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const group = groups.get(host);
    if (group) group.push(url);
    else groups.set(host, [url]);
  }
  return [...groups]
    .map(([host, list]) => ({ host, urls: list }))
    .sort((a, b) => b.urls.length - a.urls.length || a.host.localeCompare(b.host));
}
