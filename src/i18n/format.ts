import type { Economy } from '../domain/records';
import type { Locale } from '../domain/locales';
import { MESSAGES } from './messages';

/** The forms of a counted phrase, by plural category (Intl.PluralRules); `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A record's Chinese text: one form for both scripts (a name the sources give only in Traditional), or one per locale. */
export type ChineseText = string | { zhHK: string; zhCN: string };

/** Text in the reader's language; `english` when a Chinese interface shows the English (to be marked lang="en"). */
export interface LocalisedText {
  text: string;
  english: boolean;
}

export interface Formatters {
  /** "29 Mar 2010" / "2010年3月29日"; an em dash for a date the sources do not give. */
  date: (iso: string | null) => string;
  number: (n: number) => string;
  economyName: (e: Pick<Economy, 'names'>) => string;
  /** A record's Chinese name in a Chinese locale when the sources give one, else its English name. */
  localName: (en: string, zh: string | null) => string;
  /** A record's text in the locale; `english` when a Chinese locale falls back to the English (to be marked lang="en"). */
  local: (en: string, zh: ChineseText | null) => LocalisedText;
  /** The form of a counted phrase for `n` in the locale: `plural(1, { one: '1 MOU', other: '1 MOUs' })`. */
  plural: (n: number, forms: PluralForms) => string;
  /** A UN M49 region or subregion in the locale (English when no translation is listed). */
  regionName: (name: string) => string;
  /** "A, B and C" / "A、B和C". */
  list: (items: string[]) => string;
  /** A plain enumeration, as in a caption: "A, B, C" / "A、B、C". */
  items: (items: readonly string[]) => string;
  /** "Label: value" / "標籤：值" (Chinese takes the full-width colon, with no space). */
  labelled: (label: string, value: string) => string;
  /** Names in the reader's order: alphabetical, by stroke count (Hong Kong) or by pinyin (Mainland). */
  compare: (a: string, b: string) => number;
  /** Punctuation put between parts of a line: ", ", " (…)" and ": " in English; full-width "，", "（…）" and "：" (no spaces) in Chinese. */
  punctuation: { comma: string; open: string; close: string; colon: string };
}

const cache = new Map<Locale, Formatters>();

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatters(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  // Built on first use: creating Intl formatters is slow (≈ 14 ms in a CPU profile of a load here), and the first
  // view needs none before the atlas is in, while the map is being created.
  const tag = locale === 'en' ? 'en-GB' : locale;
  const month = locale === 'en' ? 'short' : 'long';
  const dates = once(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  const months = once(() => new Intl.DateTimeFormat(tag, { month, year: 'numeric', timeZone: 'UTC' }));
  const numbers = once(() => new Intl.NumberFormat(locale));
  const plurals = once(() => new Intl.PluralRules(tag));
  const lists = once(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const collator = once(() => new Intl.Collator(tag));
  const nameKey = locale === 'en' ? 'en' : locale === 'zh-HK' ? 'zhHK' : 'zhCN';
  const f: Formatters = {
    // A YYYY-MM value is a date known only to the month: shown as month and year.
    date: (iso) =>
      !iso ? '—' : iso.length === 7 ? months().format(new Date(`${iso}-01T00:00:00Z`)) : dates().format(new Date(`${iso}T00:00:00Z`)),
    number: (n) => numbers().format(n),
    economyName: (e) => e.names[nameKey],
    localName: (enName, zh) => (locale !== 'en' && zh ? zh : enName),
    local: (enText, zh) => {
      if (locale === 'en' || zh === null) return { text: enText, english: locale !== 'en' };
      return { text: typeof zh === 'string' ? zh : zh[locale === 'zh-HK' ? 'zhHK' : 'zhCN'], english: false };
    },
    plural: (n, forms) => forms[plurals().select(n)] ?? forms.other,
    regionName: (name) => MESSAGES[locale].regionName[name] ?? name,
    list: (items) => lists().format(items),
    items: (items) => items.join(locale === 'en' ? ', ' : '、'),
    labelled: (label, value) => (locale === 'en' ? `${label}: ${value}` : `${label}：${value}`),
    compare: (a, b) => collator().compare(a, b),
    punctuation:
      locale === 'en' ? { comma: ', ', open: ' (', close: ')', colon: ': ' } : { comma: '，', open: '（', close: '）', colon: '：' },
  };
  cache.set(locale, f);
  return f;
}
