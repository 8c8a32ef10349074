import { useI18n } from '../../i18n/use-i18n';

/** What a failed part says in its place, with a way to try it again. */
export function PartFailed({ part, message, onRetry }: { part: string; message: string; onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <div className="part-failed" role="alert" data-failed-part={part}>
      <p className="status-title">{m.failure.part(part)}</p>
      <p className="status-detail">{message}</p>
      <button type="button" onClick={onRetry}>
        {m.failure.tryAgain}
      </button>
    </div>
  );
}
