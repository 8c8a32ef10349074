import type { ChineseText, LocalisedText } from '../../i18n/format';
import { useI18n } from '../../i18n/use-i18n';

/**
 * A record's text (a name, a city) in the reader's language: its Chinese form where the data gives
 * one, else its English, marked lang="en" in the Chinese interfaces (as a `searched` sentence with no Chinese is).
 */
export function LocalText({ en, zh = null }: { en: string; zh?: ChineseText | null }) {
  const { fmt } = useI18n();
  return <Localised value={fmt.local(en, zh)} />;
}

/** Text already put in the reader's language (a view model's field), marked lang="en" where it is English. */
export function Localised({ value }: { value: LocalisedText }) {
  return value.english ? <span lang="en">{value.text}</span> : <>{value.text}</>;
}
