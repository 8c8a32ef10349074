interface Props {
  title: string;
  detail?: string;
  onRetry?: () => void;
  /** A retry is under way: the button says so and waits, so a second click does not stack requests. */
  retrying?: boolean;
}

/** Loading and error states; an error always offers Retry, never a blank page. */
export function StatusMessage({ title, detail, onRetry, retrying = false }: Props) {
  return (
    <div className="status-message" role={onRetry ? 'alert' : 'status'}>
      <p className="status-title">{title}</p>
      {detail && <p className="status-detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
