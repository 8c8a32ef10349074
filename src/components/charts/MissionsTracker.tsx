import { memo } from 'react';
import type { Economy, Mission } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { LocalText } from '../ui/LocalText';
import { MissionDates } from '../ui/MissionDates';
import { TierMark } from '../ui/TierMark';
import { useEconomyName } from '../ui/use-economy-name';

interface Props {
  missions: Mission[];
  economies: ReadonlyMap<string, Economy>;
  active: string | null;
  onActivate: (missionId: string | null) => void;
}

/** Chief Executive-led missions: dates, destinations, MOUs; choosing one highlights its destinations on the map. */
function MissionsTrackerView({ missions, economies, active, onActivate }: Props) {
  const { m, fmt } = useI18n();
  const place = useEconomyName(economies);
  return (
    <figure className="chart chart-wide" data-testid="missions-tracker">
      <figcaption>{m.charts.missions}</figcaption>
      {missions.length === 0 ? (
        <p className="muted">{m.charts.noMissions}</p>
      ) : (
        <table className="chart-table missions">
          <thead>
            <tr>
              <th scope="col">{m.charts.mission}</th>
              <th scope="col">{m.charts.dates}</th>
              <th scope="col">{m.charts.destinations}</th>
              <th scope="col">{m.charts.mousCol}</th>
            </tr>
          </thead>
          <tbody>
            {missions.map((mission) => (
              <tr key={mission.missionId} aria-current={active === mission.missionId ? 'true' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={active === mission.missionId}
                    onClick={() => onActivate(active === mission.missionId ? null : mission.missionId)}
                  >
                    <LocalText en={mission.name} zh={mission.nameZh} />
                  </button>
                </th>
                <td>
                  <MissionDates mission={mission} /> <TierMark url={mission.datesSource} />
                </td>
                <td>{fmt.items(mission.destinations.map(place))}</td>
                <td className="num">
                  {mission.mousSigned === null ? m.charts.notStated : fmt.number(mission.mousSigned)}
                  {mission.mousSource && (
                    <>
                      {' '}
                      <TierMark url={mission.mousSource} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="chart-note">{m.charts.missionHint}</p>
    </figure>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const MissionsTracker = memo(MissionsTrackerView);
