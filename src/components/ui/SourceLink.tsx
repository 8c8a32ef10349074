import { useI18n } from '../../i18n/use-i18n';

/** An official source, opened in a new tab; the host is shown so readers see whose page it is. */
export function SourceLink({ url, label }: { url: string; label?: string }) {
  const { m } = useI18n();
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* keep the raw text */
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="source-link">
      {label ?? m.panel.source} <span className="source-host">({host})</span>
    </a>
  );
}
