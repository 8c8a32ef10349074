import { useState } from 'react';
import { useChanges } from '../../data/changes-query';
import { PUBLICATION } from '../../domain/publication';
import { useI18n } from '../../i18n/use-i18n';
import { bibtexCitation, plainCitation } from '../../selectors/citation';

function CopyButton({ text, label }: { text: string; label: string }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    // The text stays on screen to select by hand where the clipboard is not allowed.
    navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className="link-button" onClick={copy} aria-label={label}>
      {copied ? m.cite.copied : label}
    </button>
  );
}

/** "Cite this": a plain citation and BibTeX for the current view, with the data version and as-of date. */
export function CiteThis({ subject }: { subject: string | null }) {
  const { m } = useI18n();
  const release = useChanges();
  return (
    <details className="cite-this" data-testid="cite-this">
      <summary>{m.cite.title}</summary>
      {release.isError ? (
        <p role="alert">{m.cite.failed}</p>
      ) : !release.data ? (
        <p className="muted">{m.cite.loading}</p>
      ) : (
        <Citations subject={subject} version={release.data.version} asOf={release.data.asOf} />
      )}
    </details>
  );
}

function Citations({ subject, version, asOf }: { subject: string | null; version: string; asOf: string }) {
  const { m } = useI18n();
  const input = { title: PUBLICATION.title, subject, version, asOf, url: window.location.href };
  const plain = plainCitation(input);
  const bibtex = bibtexCitation(input);
  return (
    <>
      <h4>{m.cite.plain}</h4>
      <p lang="en" className="citation" data-testid="citation-plain">
        {plain}
      </p>
      <CopyButton text={plain} label={m.cite.copyPlain} />
      <h4>{m.cite.bibtex}</h4>
      <pre lang="en" className="citation" data-testid="citation-bibtex">
        {bibtex}
      </pre>
      <CopyButton text={bibtex} label={m.cite.copyBibtex} />
    </>
  );
}
