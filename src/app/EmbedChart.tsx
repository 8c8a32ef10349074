import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/use-i18n';
import type { UiState } from '../state/ui-state';
import { TimelinePart } from './TimelinePart';
import type { useAtlasView } from './use-atlas-view';

/** An embedded chart has no map to highlight a hovered year on. */
const noHover = () => {};

interface Props {
  chart: 'timeline' | 'counts';
  ui: UiState;
  view: ReturnType<typeof useAtlasView>;
}

/** One chart for an embedded view, the same as under the full atlas's map (loaded on demand with recharts). */
export function EmbedChart({ chart, ui, view }: Props) {
  const { m } = useI18n();
  if (chart === 'counts') {
    return (
      <ErrorBoundary part={m.failure.parts.counts} resetKey={ui.types}>
        <CountsByTypeChart counts={view.counts} />
      </ErrorBoundary>
    );
  }
  const t = view.timeline;
  if (!t) return null;
  return <TimelinePart ui={ui} timeline={t} onHoverYear={noHover} />;
}
