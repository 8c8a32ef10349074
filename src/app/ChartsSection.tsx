import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { MissionsTracker } from '../components/charts/MissionsTracker';
import { PipelineChart } from '../components/charts/PipelineChart';
import type { Economy, Mission } from '../domain/records';
import type { TieType } from '../domain/tie-types';
import type { CountRule, DateBasis } from '../domain/time-axis';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { useI18n } from '../i18n/use-i18n';
import { setMission } from '../state/ui-actions';
import { TimelinePart } from './TimelinePart';
import type { ChartsView } from './use-charts-view';

interface Props {
  charts: ChartsView;
  /** The tie types shown (a change also retries a failed chart). */
  types: readonly TieType[];
  basis: DateBasis;
  countRule: CountRule;
  missions: Mission[];
  economies: ReadonlyMap<string, Economy>;
  activeMission: string | null;
  onHoverYear: (year: number | null) => void;
}

/** The charts under the map; every one follows the filters and the year span. */
export function ChartsSection({ charts, types, basis, countRule, missions, economies, activeMission, onHoverYear }: Props) {
  const { m } = useI18n();
  return (
    <section className="charts" aria-label={m.charts.section} id={SKIP_TARGETS.charts} tabIndex={-1}>
      <ErrorBoundary part={m.failure.parts.counts} resetKey={types}>
        <CountsByTypeChart counts={charts.counts} />
      </ErrorBoundary>
      <ErrorBoundary part={m.failure.parts.pipeline} resetKey={types}>
        <PipelineChart rows={charts.pipeline} />
      </ErrorBoundary>
      {charts.timeline && (
        <TimelinePart timeline={charts.timeline} types={types} basis={basis} countRule={countRule} onHoverYear={onHoverYear} />
      )}
      <ErrorBoundary part={m.failure.parts.missions}>
        <MissionsTracker missions={missions} economies={economies} active={activeMission} onActivate={setMission} />
      </ErrorBoundary>
    </section>
  );
}
