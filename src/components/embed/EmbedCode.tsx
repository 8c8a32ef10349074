import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { EMBEDS, type Embed } from '../../state/ui-state';
import { useUiStore } from '../../state/ui-store';
import { EMBED_HEIGHT, embedUrl, iframeCode } from './embed-urls';
import './embed.css';

interface Props {
  /** The app's address without its query, e.g. https://atlas.example/ */
  base: string;
  /** Copies a text; resolves false when the clipboard is refused. */
  copy: (text: string) => Promise<boolean>;
}

/** "Embed this view" (in the Share dialog): the iframe code for the current view, as the map or one chart, with a copy button. */
export function EmbedCode({ base, copy }: Props) {
  const { m, fmt } = useI18n();
  const headingId = useId();
  const [part, setPart] = useState<Embed>('map');
  const [copied, setCopied] = useState(false);
  // The address of the view as it is now; a string, so this re-renders only when the address changes.
  const src = useUiStore((s) => embedUrl(s, part, base));
  const code = iframeCode(src, m.embed.frameTitle);
  return (
    <section className="embed-code" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.embed.show}</h3>
      <div className="embed-code-row" role="radiogroup" aria-label={m.embed.part}>
        {EMBEDS.map((p) => (
          <label key={p}>
            <input type="radio" name="embed-part" checked={part === p} onChange={() => (setPart(p), setCopied(false))} /> {m.embed.parts[p]}
          </label>
        ))}
      </div>
      <label className="embed-code-field">
        {m.embed.code}
        {/* The text stays selectable here when the clipboard is refused (an insecure origin). */}
        <textarea readOnly value={code} onFocus={(e) => e.target.select()} />
      </label>
      <p className="embed-size">{m.embed.size(fmt.number(EMBED_HEIGHT))}</p>
      <div className="embed-code-row">
        <button type="button" onClick={() => void copy(code).then(setCopied)}>
          {m.embed.copy}
        </button>
        <span role="status">{copied ? m.embed.copied : ''}</span>
      </div>
    </section>
  );
}
