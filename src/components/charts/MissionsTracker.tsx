import type { Economy, Mission } from '../../domain/records';
import { formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';

interface Props {
  missions: Mission[];
  economies: ReadonlyMap<string, Economy>;
  active: string | null;
  onActivate: (missionId: string | null) => void;
}

/** Chief Executive-led missions: dates, destinations, MOUs; choosing one highlights its destinations on the map. */
export function MissionsTracker({ missions, economies, active, onActivate }: Props) {
  return (
    <figure className="chart" data-testid="missions-tracker">
      <figcaption>Chief Executive-led missions</figcaption>
      {missions.length === 0 ? (
        <p className="muted">No mission in the records.</p>
      ) : (
        <table className="chart-table missions">
          <thead>
            <tr>
              <th scope="col">Mission</th>
              <th scope="col">Dates</th>
              <th scope="col">Destinations</th>
              <th scope="col">MOUs and agreements</th>
            </tr>
          </thead>
          <tbody>
            {missions.map((m) => (
              <tr key={m.missionId} aria-current={active === m.missionId ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={active === m.missionId} onClick={() => onActivate(active === m.missionId ? null : m.missionId)}>
                    {m.name}
                  </button>
                  <br />
                  <SourceLink url={m.sourceUrl} label="Source" />
                </th>
                <td>
                  {formatDate(m.start)}
                  {m.end ? ` – ${formatDate(m.end)}` : ''}
                </td>
                <td>{m.destinations.map((d) => economies.get(d)?.names.en ?? d).join(', ')}</td>
                <td className="num">{m.mousSigned ?? 'not stated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="chart-note">Choose a mission to highlight its destinations on the map.</p>
    </figure>
  );
}
