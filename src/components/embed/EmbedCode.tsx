import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { EMBEDS, type Embed, type UiState } from '../../state/ui-state';
import { embedUrl, iframeCode } from './embed-urls';

interface Props {
  ui: UiState;
  /** The app's address without its query, e.g. https://atlas.example/ */
  base: string;
}

/** "Embed": the iframe code for the current view (the map or one chart), with a copy button. */
export function EmbedCode({ ui, base }: Props) {
  const { m } = useI18n();
  const [part, setPart] = useState<Embed>('map');
  const [copied, setCopied] = useState(false);
  const code = iframeCode(embedUrl(ui, part, base), m.embed.frameTitle);
  const copy = () => {
    // The text stays selectable in the box when the clipboard is refused (an insecure origin).
    navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <details className="embed-code" onToggle={() => setCopied(false)}>
      <summary>{m.embed.show}</summary>
      <div className="embed-code-row" role="group" aria-label={m.embed.show}>
        {EMBEDS.map((p) => (
          <label key={p}>
            <input type="radio" name="embed-part" checked={part === p} onChange={() => (setPart(p), setCopied(false))} /> {m.embed.parts[p]}
          </label>
        ))}
      </div>
      <label className="embed-code-field">
        {m.embed.code}
        <textarea readOnly value={code} onFocus={(e) => e.target.select()} />
      </label>
      <div className="embed-code-row">
        <button type="button" onClick={copy}>
          {m.embed.copy}
        </button>
        <span aria-live="polite">{copied ? m.embed.copied : ''}</span>
      </div>
    </details>
  );
}
