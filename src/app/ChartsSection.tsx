import { CountsByTypeChart } from '../components/charts/CountsByTypeChart';
import { MissionsTracker } from '../components/charts/MissionsTracker';
import { PipelineChart } from '../components/charts/PipelineChart';
import type { Economy, Mission } from '../domain/records';
import type { UiState } from '../state/ui-state';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { useI18n } from '../i18n/use-i18n';
import { TimelinePart } from './TimelinePart';
import type { useAtlasView } from './use-atlas-view';

interface Props {
  ui: UiState;
  view: ReturnType<typeof useAtlasView>;
  missions: Mission[];
  economies: ReadonlyMap<string, Economy>;
  activeMission: string | null;
  onActiveMission: (id: string | null) => void;
  onHoverYear: (year: number | null) => void;
}

/** The charts under the map; every one follows the filters and the year span. */
export function ChartsSection({ ui, view, missions, economies, activeMission, onActiveMission, onHoverYear }: Props) {
  const { m } = useI18n();
  const t = view.timeline!;
  return (
    <section className="charts" aria-label={m.charts.section} id={SKIP_TARGETS.charts} tabIndex={-1}>
      <ErrorBoundary part={m.failure.parts.counts} resetKey={ui.types}>
        <CountsByTypeChart counts={view.counts} />
      </ErrorBoundary>
      <ErrorBoundary part={m.failure.parts.pipeline} resetKey={ui.types}>
        <PipelineChart rows={view.pipeline} />
      </ErrorBoundary>
      <TimelinePart ui={ui} timeline={t} onHoverYear={onHoverYear} />
      <ErrorBoundary part={m.failure.parts.missions}>
        <MissionsTracker missions={missions} economies={economies} active={activeMission} onActivate={onActiveMission} />
      </ErrorBoundary>
    </section>
  );
}
