import type { Mission } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';

/** A mission's span; with no official end day it says so, rather than reading as a one-day visit. */
export function MissionDates({ mission }: { mission: Pick<Mission, 'start' | 'end'> }) {
  const { m, fmt } = useI18n();
  if (!mission.end) return <>{m.panel.missionFrom(fmt.date(mission.start))}</>;
  return (
    <>
      {fmt.date(mission.start)} – {fmt.date(mission.end)}
    </>
  );
}
