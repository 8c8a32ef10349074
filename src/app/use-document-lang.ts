import { useEffect } from 'react';
import { MESSAGES } from '../i18n/messages';
import { useLang } from '../state/use-lang';

/** Keeps <html lang> and the page title in the interface language, for screen readers and fonts. */
export function useDocumentLang(): void {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].appTitle;
  }, [lang]);
}
