/** An official source, opened in a new tab; the host is shown so readers see whose page it is. */
export function SourceLink({ url, label = 'Official source' }: { url: string; label?: string }) {
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* keep the raw text */
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="source-link">
      {label} <span className="source-host">({host})</span>
    </a>
  );
}
