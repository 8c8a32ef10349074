import type { Locale } from '../../domain/locales';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages/en';

/**
 * A value in the change list, read for display. The data build writes every field as text (lists
 * joined with "; ", objects as JSON, see data/build/change-list.ts) so the CSV stays flat; About
 * turns that text back into what it was: a date, web addresses, names in each script, or text.
 */
export type ChangeValue =
  | { kind: 'empty' }
  /** YYYY-MM-DD, or YYYY-MM for a date known only to the month. */
  | { kind: 'date'; iso: string }
  | { kind: 'links'; urls: string[] }
  /** A name per language ({ en, zhHK, zhCN }); the Simplified one is left out when it is written the same. */
  | { kind: 'names'; names: { lang: Locale; text: string }[] }
  | { kind: 'text'; text: string; lang: Locale };

const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
const WEB_ADDRESS = /^https?:\/\/\S+$/;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF]/;
const LANG_OF_KEY: Record<string, Locale> = { en: 'en', zhHK: 'zh-HK', zhCN: 'zh-CN' };

function names(text: string): ChangeValue | null {
  if (!text.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed);
  if (!entries.length || !entries.every(([k, v]) => k in LANG_OF_KEY && typeof v === 'string')) return null;
  const byLang = new Map(entries.map(([k, v]) => [LANG_OF_KEY[k]!, v as string]));
  if (byLang.get('zh-CN') === byLang.get('zh-HK')) byLang.delete('zh-CN');
  return { kind: 'names', names: [...byLang].map(([lang, value]) => ({ lang, text: value })) };
}

export function readChangeValue(text: string): ChangeValue {
  if (!text.trim()) return { kind: 'empty' };
  if (ISO_DAY_OR_MONTH.test(text)) return { kind: 'date', iso: text };
  const parts = text.split('; ');
  if (parts.every((p) => WEB_ADDRESS.test(p))) return { kind: 'links', urls: parts };
  // Single Chinese strings in the records (nameZh, agreementNameZh) are written in Traditional characters.
  return names(text) ?? { kind: 'text', text, lang: CJK.test(text) ? 'zh-HK' : 'en' };
}

/** A web address as a link's words: without the scheme, so the host leads. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, '');

/** Fields whose values are ISO codes of economies, one or a list ("TH; VN"). */
const ECONOMY_FIELDS = new Set(['partner', 'partners', 'covers', 'destinations', 'country', 'iso2']);

/** Fields whose values are codes the interface has words for: words, not codes, on screen. */
export function codeWords(m: Messages, fmt: Formatters, place: (iso2: string) => string, field: string, value: string): string | null {
  if (ECONOMY_FIELDS.has(field)) return fmt.items(value.split('; ').map(place));
  if (field === 'tieType') return m.tieType[value as keyof Messages['tieType']]?.short ?? null;
  if (field === 'status') return m.status[value as keyof Messages['status']] ?? null;
  if (field === 'officeType') return m.officeType[value as keyof Messages['officeType']]?.one ?? null;
  if (field === 'metric') return m.metric[value as keyof Messages['metric']] ?? null;
  if (field === 'field') return m.about.fact[value as keyof Messages['about']['fact']] ?? null;
  if (field === 'kind') return m.release.milestoneKinds[value as keyof Messages['release']['milestoneKinds']] ?? null;
  return null;
}
