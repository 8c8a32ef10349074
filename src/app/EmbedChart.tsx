import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { TimelineChart } from '../components/charts/TimelineChart';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/use-i18n';
import type { UiState } from '../state/ui-state';
import { useUiActions } from '../state/use-ui-actions';
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
  const a = useUiActions();
  const { m } = useI18n();
  if (chart === 'counts') {
    return (
      <ErrorBoundary part={m.table.parts.counts} resetKey={ui.types}>
        <CountsByTypeChart counts={view.counts} />
      </ErrorBoundary>
    );
  }
  const t = view.timeline;
  if (!t) return null;
  return (
    <ErrorBoundary part={m.table.parts.timeline} resetKey={ui.types}>
      <TimelineChart
        rows={t.rows}
        undated={t.undated}
        undatedTotal={t.undatedTotal}
        types={ui.types}
        span={t.span}
        events={t.events}
        basis={ui.basis}
        rule={ui.countRule}
        onBasis={a.setBasis}
        onRule={a.setCountRule}
        onSpan={a.setYearSpan}
        onHoverYear={noHover}
      />
    </ErrorBoundary>
  );
}
