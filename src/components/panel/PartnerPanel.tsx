import type { PartnerProfile } from '../../selectors/partner-profile';
import { formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';
import { LifecycleTimeline } from './LifecycleTimeline';
import { TieList } from './TieList';

interface Props {
  profile: PartnerProfile;
  asOf: string;
  onClose: () => void;
}

/** The side panel for one economy: its ties with Hong Kong, then offices and missions that concern it. */
export function PartnerPanel({ profile, asOf, onClose }: Props) {
  const { economy, ties, offices, missions, beltAndRoad } = profile;
  return (
    <section className="partner-panel" aria-labelledby="partner-title">
      <header className="panel-header">
        <h2 id="partner-title">{economy.names.en}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={`Close ${economy.names.en}`}>
          ×
        </button>
      </header>
      <p className="muted">
        {economy.subregion || economy.region}
        {beltAndRoad && ' · Belt and Road partner'}
      </p>
      <h3>Ties with Hong Kong ({ties.length})</h3>
      <LifecycleTimeline profile={profile} asOf={asOf} />
      <TieList ties={ties} />
      {offices.length > 0 && (
        <>
          <h3>Hong Kong offices</h3>
          <ul className="plain-list">
            {offices.map((o) => (
              <li key={o.officeId}>
                {o.name} ({o.city}
                {o.opened ? `, opened ${formatDate(o.opened)}` : ''}) · <SourceLink url={o.sourceUrl} label="Source" />
              </li>
            ))}
          </ul>
        </>
      )}
      {missions.length > 0 && (
        <>
          <h3>Chief Executive-led missions</h3>
          <ul className="plain-list">
            {missions.map((m) => (
              <li key={m.missionId}>
                {m.name}, {formatDate(m.start)}
                {m.mousSigned !== null ? ` · ${m.mousSigned} MOUs and agreements` : ''} · <SourceLink url={m.sourceUrl} label="Source" />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
