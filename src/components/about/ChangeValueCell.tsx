import { Fragment } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Messages } from '../../i18n/messages/en';
import { readChangeValue, shortAddress } from './change-value';

/** Fields whose values are codes the interface already has words for. */
function codeWords(m: Messages, field: string, value: string): string | null {
  if (field === 'tieType') return m.tieType[value as keyof Messages['tieType']]?.short ?? null;
  if (field === 'status') return m.status[value as keyof Messages['status']] ?? null;
  if (field === 'officeType') return m.officeType[value as keyof Messages['officeType']]?.one ?? null;
  return null;
}

/**
 * One "before" or "after" value of What changed, shown as what it is: a date in the reader's format,
 * web addresses as links, each name marked with its language (so Chinese is drawn with a Chinese
 * font even on an English page), a code in words; an empty value is a dash read as "none".
 */
export function ChangeValueCell({ field, text }: { field: string; text: string }) {
  const { m, fmt } = useI18n();
  const value = readChangeValue(text);
  switch (value.kind) {
    case 'empty':
      return (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{m.release.empty}</span>
        </>
      );
    case 'date':
      return <time dateTime={value.iso}>{fmt.date(value.iso)}</time>;
    case 'links':
      return (
        <ul className="change-links">
          {value.urls.map((url) => (
            <li key={url}>
              <a href={url} lang="en" target="_blank" rel="noopener noreferrer">
                {shortAddress(url)}
              </a>
            </li>
          ))}
        </ul>
      );
    case 'names':
      return value.names.map((name, i) => (
        <Fragment key={name.lang}>
          {i > 0 && ' · '}
          <span lang={name.lang}>{name.text}</span>
        </Fragment>
      ));
    case 'text': {
      const words = codeWords(m, field, value.text);
      return words ? <span title={value.text}>{words}</span> : <span lang={value.lang}>{value.text}</span>;
    }
  }
}
