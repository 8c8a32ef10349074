import { useId } from 'react';
import { LocalText } from '../ui/LocalText';
import { useI18n } from '../../i18n/use-i18n';
import type { PartnerProfile } from '../../selectors/partner-profile';
import { MissionDates } from '../ui/MissionDates';
import { LifecycleTimeline } from './LifecycleTimeline';
import { TieList } from './TieList';
import { missionCorrection, officeCorrection } from '../../selectors/correction-link';
import { CiteThis } from '../ui/CiteThis';
import { CorrectionLink } from '../ui/CorrectionLink';
import { TierMark } from '../ui/TierMark';
import { CompareToggle, type CompareToggleProps } from '../compare/CompareToggle';

interface Props {
  profile: PartnerProfile;
  asOf: string;
  onClose: () => void;
  /** "Add to compare" for this economy. */
  compare?: CompareToggleProps;
  /** Opens the panel of an office that covers this economy. */
  onSelectOffice: (officeId: string) => void;
}

/** The side panel for one economy: its ties with Hong Kong, then offices and missions that concern it. */
export function PartnerPanel({ profile, asOf, onClose, compare, onSelectOffice }: Props) {
  const { m, fmt } = useI18n();
  const p = fmt.punctuation;
  const { economy, ties, offices, missions, beltAndRoad } = profile;
  const name = fmt.economyName(economy);
  const tiesHeading = useId();
  return (
    <section className="partner-panel" aria-labelledby="partner-title">
      <header className="panel-header">
        <h2 id="partner-title">{name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={m.panel.close(name)}>
          ×
        </button>
      </header>
      <p className="muted">
        {fmt.regionName(economy.subregion || economy.region)}
        {beltAndRoad && ` · ${m.panel.beltAndRoad}`}
      </p>
      {compare && <CompareToggle {...compare} />}
      <h3 id={tiesHeading}>{m.panel.ties(fmt.number(ties.length))}</h3>
      <LifecycleTimeline profile={profile} asOf={asOf} />
      <TieList key={economy.iso2} ties={ties} disagreements={profile.disagreements} labelledBy={tiesHeading} />
      {offices.length > 0 && (
        <>
          <h3>{m.panel.offices}</h3>
          <ul className="plain-list">
            {offices.map((o) => (
              <li key={o.officeId}>
                <button type="button" className="link-button" onClick={() => onSelectOffice(o.officeId)}>
                  <LocalText en={o.name} zh={o.nameZh} />
                </button>
                {p.open}
                <LocalText en={o.city} zh={o.cityZh} />
                {o.opened ? `${p.comma}${m.panel.opened(fmt.date(o.opened))}` : ''}
                {p.close} <TierMark url={o.openedSource ?? o.sourceUrl} /> <CorrectionLink record={officeCorrection(o)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {missions.length > 0 && (
        <>
          <h3>{m.panel.missions}</h3>
          <ul className="plain-list">
            {missions.map((mission) => (
              <li key={mission.missionId}>
                <LocalText en={mission.name} zh={mission.nameZh} />
                {p.comma}
                <MissionDates mission={mission} /> <TierMark url={mission.datesSource} />
                {mission.mousSigned !== null && mission.mousSource && (
                  <>
                    {' · '}
                    {fmt.plural(mission.mousSigned, m.panel.mous(fmt.number(mission.mousSigned)))} <TierMark url={mission.mousSource} />
                  </>
                )}{' '}
                <CorrectionLink record={missionCorrection(mission)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <CiteThis subject={economy.names.en} />
    </section>
  );
}
