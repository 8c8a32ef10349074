import { useLang } from '../state/use-lang';
import { formatters } from './format';
import { MESSAGES } from './messages';

/** The current language's strings and formatters; components never pick a language themselves. */
export function useI18n() {
  const lang = useLang();
  return { lang, m: MESSAGES[lang], fmt: formatters(lang) };
}
