import type { ChineseText } from '../../i18n/format';
import { useI18n } from '../../i18n/use-i18n';
import { SearchedText } from './SearchedText';

/** Where a missing fact was looked for, in the reader's language where the data writes it (SearchedText). */
export function SearchedNote({ en, zh }: { en: string | null; zh: ChineseText | null }) {
  const { m, fmt } = useI18n();
  if (!en) return null;
  return (
    <p className="tie-searched" data-field="searched">
      <span className="muted">
        {m.sources.notFound}
        {fmt.punctuation.colon}
      </span>
      <SearchedText en={en} zh={zh} />
    </p>
  );
}
