import { useI18n } from '../../i18n/use-i18n';

/** A new release of the app and its data is ready: it takes effect on reload, when the reader chooses. */
export function UpdateNotice({ onReload }: { onReload: () => void }) {
  const { m } = useI18n();
  return (
    <div className="update-notice" role="status">
      <span>{m.update.available}</span>
      <button type="button" onClick={onReload}>
        {m.update.reload}
      </button>
    </div>
  );
}
