import { Fragment } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { codeWords, readChangeValue, shortAddress } from './change-value';

/**
 * One "before" or "after" value of What changed, shown as what it is: a date in the reader's format,
 * web addresses as links, each name marked with its language (so Chinese is drawn with a Chinese
 * font even on an English page), a code in words; an empty value is a dash read as "none".
 */
export function ChangeValueCell({ field, text, place }: { field: string; text: string; place: (iso2: string) => string }) {
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
      const words = codeWords(m, fmt, place, field, value.text);
      return words ? <span title={value.text}>{words}</span> : <span lang={value.lang}>{value.text}</span>;
    }
  }
}
