import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { EmbedCode } from '../embed/EmbedCode';

/** Writes to the clipboard; false where it is refused (an insecure origin, a denied permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Share: copies the current link (every view setting is in it) at once, and opens a dialog with the
 * link, to copy again or by hand, and "Embed this view", the iframe code for another site.
 */
export function ShareDialog() {
  const { m } = useI18n();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');
  const [linkCopied, setLinkCopied] = useState<boolean | null>(null);
  const copyLink = (href: string) => void copyText(href).then(setLinkCopied);
  const open = () => {
    const href = window.location.href;
    setLink(href);
    setLinkCopied(null);
    dialog.current?.showModal();
    // The link, selected: ready to copy by hand too.
    requestAnimationFrame(() => linkField.current?.focus());
    copyLink(href);
  };
  return (
    <span className="share">
      <button type="button" aria-haspopup="dialog" onClick={open}>
        {m.share.button}
      </button>
      {/* Keys stay in the dialog: arrows and Escape must not also move a story or close a panel behind it. */}
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={titleId}
        onKeyDown={(e) => e.stopPropagation()}
        onClose={() => setLinkCopied(null)}
      >
        <div className="share-head">
          <h2 id={titleId}>{m.share.title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {m.share.close}
          </button>
        </div>
        <label className="share-link">
          {m.share.link}
          <input ref={linkField} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div className="embed-code-row">
          <button type="button" onClick={() => copyLink(link)}>
            {m.share.copyLink}
          </button>
          <span role="status" className="share-status">
            {linkCopied === true && m.share.copied}
            {linkCopied === false && m.share.manual}
          </span>
        </div>
        {link && <EmbedCode base={`${window.location.origin}${window.location.pathname}`} copy={copyText} />}
      </dialog>
    </span>
  );
}
