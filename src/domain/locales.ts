/** The atlas speaks Hong Kong's languages, and Simplified Chinese for Mainland readers. */
export const LOCALES = ['en', 'zh-HK', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language switch should. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-HK': '繁體中文', 'zh-CN': '简体中文' };

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/**
 * The first of the browser's languages the atlas has: Traditional Chinese for Hong Kong, Macao,
 * Taiwan or an explicit Hant script; Simplified for other Chinese; otherwise English.
 */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) return /hant|-hk|-mo|-tw/.test(tag) ? 'zh-HK' : 'zh-CN';
  }
  return 'en';
}

/** The language a page opens in: the address's `lang` when it names one the atlas has, else the browser's. */
export function localeOfPage(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  return asked && isLocale(asked) ? asked : localeFromBrowser(languages);
}
