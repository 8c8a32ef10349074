import { TimelineChart } from '../components/charts/TimelineChart';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/use-i18n';
import type { UiState } from '../state/ui-state';
import { useUiActions } from '../state/use-ui-actions';
import type { useAtlasView } from './use-atlas-view';

interface Props {
  ui: UiState;
  timeline: NonNullable<ReturnType<typeof useAtlasView>['timeline']>;
  onHoverYear: (year: number | null) => void;
}

/** The timeline chart wired to the view and the store, in its own error boundary: one wiring for the page and the embed. */
export function TimelinePart({ ui, timeline: t, onHoverYear }: Props) {
  const a = useUiActions();
  const { m } = useI18n();
  return (
    <ErrorBoundary part={m.failure.parts.timeline} resetKey={ui.types}>
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
        onHoverYear={onHoverYear}
      />
    </ErrorBoundary>
  );
}
