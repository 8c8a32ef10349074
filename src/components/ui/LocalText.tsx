import type { ChineseText } from '../../i18n/format';
import { useI18n } from '../../i18n/use-i18n';

/**
 * A record's text (a name, a city) in the reader's language: its Chinese form where the data gives
 * one, else its English, marked lang="en" in the Chinese interfaces (as `searched` sentences are).
 */
export function LocalText({ en, zh = null }: { en: string; zh?: ChineseText | null }) {
  const { fmt } = useI18n();
  const { text, english } = fmt.local(en, zh);
  return english ? <span lang="en">{text}</span> : <>{text}</>;
}
