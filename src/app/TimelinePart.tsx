import { TimelineChart } from '../components/charts/TimelineChart';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../domain/time-axis';
import { useI18n } from '../i18n/use-i18n';
import { setBasis, setCountRule, setYearSpan } from '../state/ui-actions';
import type { TimelineView } from './use-charts-view';

interface Props {
  timeline: TimelineView;
  types: readonly TieType[];
  basis: DateBasis;
  countRule: CountRule;
  onHoverYear: (year: number | null) => void;
}

/** The timeline chart wired to the view and the store, in its own error boundary: one wiring for the page and the embed. */
export function TimelinePart({ timeline: t, types, basis, countRule, onHoverYear }: Props) {
  const { m } = useI18n();
  return (
    <ErrorBoundary part={m.failure.parts.timeline} resetKey={types}>
      <TimelineChart
        rows={t.rows}
        undated={t.undated}
        undatedTotal={t.undatedTotal}
        types={types}
        span={t.span}
        events={t.events}
        basis={basis}
        rule={countRule}
        onBasis={setBasis}
        onRule={setCountRule}
        onSpan={setYearSpan}
        onHoverYear={onHoverYear}
      />
    </ErrorBoundary>
  );
}
