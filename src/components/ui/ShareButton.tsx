import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Copies the current link (every view setting is in it) to the clipboard and says so. Where the
 * clipboard is refused, the link is shown selected, to copy by hand.
 */
export function ShareButton() {
  const { m } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <span className="share">
      <button type="button" onClick={() => void share()}>
        {m.share.button}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' && m.share.copied}
        {state === 'manual' && (
          <label>
            {m.share.manual} <input readOnly value={window.location.href} onFocus={(e) => e.currentTarget.select()} autoFocus />
          </label>
        )}
      </span>
    </span>
  );
}
