import type { Economy } from '../domain/records';

/** Folds case and accents so "turkiye" finds "Türkiye". */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Economies whose name (English or Chinese) or ISO code matches the query, best first: exact or
 * prefix matches, then matches at a word start, then anywhere in the name.
 */
export function searchEconomies(economies: readonly Economy[], query: string, limit = 8): Economy[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { e: Economy; score: number }[] = [];
  for (const e of economies) {
    const names = [e.names.en, e.names.zhHK, e.names.zhCN].map(fold);
    let score = Infinity;
    if (fold(e.iso2) === q) score = 0;
    for (const n of names) {
      if (n.startsWith(q)) score = Math.min(score, 1);
      else if (n.split(/[\s,()-]+/).some((w) => w.startsWith(q))) score = Math.min(score, 2);
      else if (n.includes(q)) score = Math.min(score, 3);
    }
    if (score < Infinity) scored.push({ e, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.e.names.en.localeCompare(b.e.names.en))
    .slice(0, limit)
    .map((s) => s.e);
}
