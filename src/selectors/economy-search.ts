import type { Economy, Grouping, Office } from '../domain/records';

/** Folds case and accents so "turkiye" finds "Türkiye". */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * How well a query matches, best first: 0 an exact code, 1 a name's prefix, 2 a word's start,
 * 3 anywhere in a name; Infinity for no match.
 */
function matchScore(q: string, names: readonly string[], codes: readonly string[]): number {
  let score = codes.some((c) => fold(c) === q) ? 0 : Infinity;
  for (const n of names.map(fold)) {
    if (n.startsWith(q)) score = Math.min(score, 1);
    else if (n.split(/[\s,()-]+/).some((w) => w.startsWith(q))) score = Math.min(score, 2);
    else if (n.includes(q)) score = Math.min(score, 3);
  }
  return score;
}

/**
 * Economies whose name (English or Chinese) or ISO code matches the query, best first: exact or
 * prefix matches, then matches at a word start, then anywhere in the name.
 */
export function searchEconomies(economies: readonly Economy[], query: string, limit = 8): Economy[] {
  return searchAtlas({ economies, groupings: [], offices: [] }, query, limit).flatMap((h) => (h.kind === 'economy' ? [h.economy] : []));
}

export type SearchHit =
  { kind: 'economy'; economy: Economy } | { kind: 'grouping'; grouping: Grouping } | { kind: 'office'; office: Office };

export interface SearchIndex {
  economies: readonly Economy[];
  /** Found by short name (also the bloc name in ties: ASEAN, EFTA, BLEU) or full name. */
  groupings: readonly Grouping[];
  /** Found by name (English or Chinese) or city. */
  offices: readonly Office[];
}

const KIND_ORDER = { economy: 0, grouping: 1, office: 2 } as const;
const label = (h: SearchHit) => (h.kind === 'economy' ? h.economy.names.en : h.kind === 'grouping' ? h.grouping.short : h.office.name);

/** Economies, groupings and offices matching the query, best match first, economies first on a tie. */
export function searchAtlas(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  const add = (hit: SearchHit, score: number) => score < Infinity && scored.push({ hit, score });
  for (const e of index.economies) add({ kind: 'economy', economy: e }, matchScore(q, [e.names.en, e.names.zhHK, e.names.zhCN], [e.iso2]));
  for (const g of index.groupings)
    add({ kind: 'grouping', grouping: g }, matchScore(q, [g.short, g.names.en, g.names.zhHK, g.names.zhCN], [g.short]));
  for (const o of index.offices)
    add(
      { kind: 'office', office: o },
      matchScore(q, [o.city, o.cityZh?.zhHK ?? '', o.cityZh?.zhCN ?? '', o.name, o.nameZh ?? ''].filter(Boolean), []),
    );
  return scored
    .sort((a, b) => a.score - b.score || KIND_ORDER[a.hit.kind] - KIND_ORDER[b.hit.kind] || label(a.hit).localeCompare(label(b.hit)))
    .slice(0, limit)
    .map((s) => s.hit);
}
