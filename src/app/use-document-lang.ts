import { useEffect } from 'react';
import { MESSAGES } from '../i18n/messages';
import type { Locale } from '../domain/locales';

/** Keeps <html lang> and the page title in the interface language, for screen readers and fonts. */
export function useDocumentLang(lang: Locale): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].appTitle;
  }, [lang]);
}
