import { type ComponentType, type ReactNode, Suspense, lazy, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBoundary } from './ErrorBoundary';

type Messages = ReturnType<typeof useI18n>['m'];

interface Options {
  /** What the reader loses if the download fails, e.g. "the charts": used in the message. */
  part: (m: Messages) => string;
  /** Shown while the part downloads. */
  loading: (m: Messages) => ReactNode;
  /** The element wrapping the message when the download fails, so it stays in the part's own area (named as the part is). */
  frame: (message: ReactNode, m: Messages) => ReactNode;
}

/**
 * A part of the app downloaded on demand (its own chunk), which may fail to arrive: offline, or
 * after a release renamed the chunks. The failure is shown in the part's own area with Retry, which
 * asks for the chunk again (React.lazy keeps a failed promise, so Retry makes a new one), and a
 * reload for the renamed-chunk case; the rest of the app keeps working.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: Options,
): ComponentType<P> & { preload: () => void } {
  // One download shared by a preload and the part's first render; a failed one is forgotten, so Retry asks again.
  let download: Promise<ComponentType<P>> | null = null;
  // The part once it has arrived. A part mounted after that renders it directly, not through
  // React.lazy: lazy suspends at least once on each new lazy component, and React holds revealed
  // Suspense content back for up to 300 ms after a fallback, so a preloaded part would still open late.
  let arrived: ComponentType<P> | null = null;
  const fetchPart = () =>
    (download ??= load().then(
      (component) => (arrived = component),
      (error: unknown) => {
        download = null;
        throw error;
      },
    ));
  const create = () => lazy(() => fetchPart().then((component) => ({ default: component })));
  // Shared by every mount: once downloaded, reopening the part does not ask again.
  let current = create();
  function LazyPart(props: P) {
    const { m } = useI18n();
    // Chosen once per mount: switching from the lazy wrapper to the part itself would remount it.
    const [Part, setPart] = useState<ComponentType<P>>(() => arrived ?? current);
    const retry = () => {
      current = create();
      setPart(() => current);
    };
    return (
      <ErrorBoundary
        part={options.part(m)}
        resetKey={Part}
        fallback={(error) =>
          options.frame(
            <div className="part-failed" role="alert" data-failed-part={options.part(m)}>
              <p className="status-title">{m.failure.part(options.part(m))}</p>
              <p className="status-detail">{m.failure.notDownloaded}</p>
              <p className="status-detail muted" lang="en">
                {error.message}
              </p>
              <div className="part-failed-actions">
                <button type="button" onClick={retry}>
                  {m.retry}
                </button>
                <button type="button" className="link-button" onClick={() => window.location.reload()}>
                  {m.failure.reloadPage}
                </button>
              </div>
            </div>,
            m,
          )
        }
      >
        <Suspense fallback={options.loading(m)}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  /** Starts the download before the part is shown (e.g. when the reader points at what opens it); a failure here is shown when the part is. */
  LazyPart.preload = () => void fetchPart().catch(() => undefined);
  return LazyPart;
}
