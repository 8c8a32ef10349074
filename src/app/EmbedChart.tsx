import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../domain/time-axis';
import { useI18n } from '../i18n/use-i18n';
import { TimelinePart } from './TimelinePart';
import type { ChartsView } from './use-charts-view';

/** An embedded chart has no map to highlight a hovered year on. */
const noHover = () => {};

interface Props {
  chart: 'timeline' | 'counts';
  charts: ChartsView;
  types: readonly TieType[];
  basis: DateBasis;
  countRule: CountRule;
}

/** One chart for an embedded view, the same as under the full atlas's map (loaded on demand with recharts). */
export function EmbedChart({ chart, charts, types, basis, countRule }: Props) {
  const { m } = useI18n();
  if (chart === 'counts') {
    return (
      <ErrorBoundary part={m.failure.parts.counts} resetKey={types}>
        <CountsByTypeChart counts={charts.counts} />
      </ErrorBoundary>
    );
  }
  if (!charts.timeline) return null;
  return <TimelinePart timeline={charts.timeline} types={types} basis={basis} countRule={countRule} onHoverYear={noHover} />;
}
