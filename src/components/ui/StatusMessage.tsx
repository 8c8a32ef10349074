import { useI18n } from '../../i18n/use-i18n';

interface Props {
  title: string;
  detail?: string;
  onRetry?: () => void;
  /** A retry is under way: the button says so and waits, so a second click does not stack requests. */
  retrying?: boolean;
}

/** Loading and error states; an error always offers Retry, never a blank page. */
export function StatusMessage({ title, detail, onRetry, retrying = false }: Props) {
  const { m } = useI18n();
  return (
    <div className="status-message" role={onRetry ? 'alert' : 'status'}>
      <p className="status-title">{title}</p>
      {detail && <p className="status-detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? m.retrying : m.retry}
        </button>
      )}
    </div>
  );
}
