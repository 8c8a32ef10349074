import type { ChineseText } from '../../i18n/format';
import { useI18n } from '../../i18n/use-i18n';
import { Localised } from './LocalText';

/**
 * A record's `searched` sentence: in Chinese in the Chinese interfaces where the data writes it;
 * else the English, marked lang="en" and labelled as English so readers know why it is not translated.
 */
export function SearchedText({ en, zh }: { en: string; zh: ChineseText | null }) {
  const { m, fmt } = useI18n();
  const text = fmt.local(en, zh);
  return (
    <>
      <Localised value={text} />
      {text.english && <span className="muted">{m.sources.inEnglish}</span>}
    </>
  );
}
