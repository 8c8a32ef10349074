import { useMemo } from 'react';
import type { Iso2 } from '../../domain/primitives';
import type { OfficeProfile } from '../../selectors/network-summary';
import { LocalText } from '../ui/LocalText';
import { useI18n } from '../../i18n/use-i18n';
import { officeCorrection } from '../../selectors/correction-link';
import { CorrectionLink } from '../ui/CorrectionLink';
import { RecordProvenance } from '../ui/RecordProvenance';
import { SearchedNote } from '../ui/SearchedNote';
import { TierMark } from '../ui/TierMark';

interface Props {
  profile: OfficeProfile;
  onClose: () => void;
  onSelect: (iso2: Iso2) => void;
}

/** One office: where it is, when it opened, its source, and the economies it covers (outlined on the map). */
export function OfficePanel({ profile, onClose, onSelect }: Props) {
  const { m, fmt } = useI18n();
  const { office } = profile;
  // In the reader's order: by stroke count or pinyin in Chinese, not the English names' order.
  const covered = useMemo(
    () => [...profile.covered].sort((a, b) => fmt.compare(fmt.economyName(a), fmt.economyName(b))),
    [profile.covered, fmt],
  );
  const name = fmt.localName(office.name, office.nameZh);
  return (
    <section className="office-panel" aria-labelledby="office-title" data-office={office.officeId}>
      <header className="panel-header">
        <h2 id="office-title">
          <LocalText en={office.name} zh={office.nameZh} />
          {/* As for an agreement's name: where no page gives its Chinese name, the English one says so. */}
          {!office.nameZh && m.panel.nameNotInChinese && <span className="muted name-note">{m.panel.nameNotInChinese}</span>}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={m.office.close(name)}>
          ×
        </button>
      </header>
      <p className="muted">{m.officeType[office.officeType].one}</p>
      <dl className="tie-dates">
        <dt>{m.office.city}</dt>
        <dd data-field="city">
          <LocalText en={office.city} zh={office.cityZh} />
        </dd>
        <dt>{m.office.opened}</dt>
        <dd data-field="opened">
          {office.opened ? fmt.date(office.opened) : m.office.notStated}
          {office.openedSource && (
            <>
              {' '}
              <TierMark url={office.openedSource} />
            </>
          )}
          {profile.otherOpened.map((d) => (
            <span key={d.sourceUrl} className="fact-disagreement" data-testid="disagreement">
              {' · '}
              {m.sources.alsoStated}: {fmt.date(d.value)} <TierMark url={d.sourceUrl} />
            </span>
          ))}
        </dd>
      </dl>
      <SearchedNote en={office.searched} zh={office.searchedZh} />
      <RecordProvenance sourceUrl={office.sourceUrl} checked={office.checked} />
      <CorrectionLink record={officeCorrection(office)} />
      <h3>{m.office.covered(fmt.number(covered.length))}</h3>
      {covered.length === 0 ? (
        <p className="muted">{m.office.noneCovered}</p>
      ) : (
        <>
          <p className="muted">{m.office.outlined}</p>
          <ul className="plain-list covered-list">
            {covered.map((e) => (
              <li key={e.iso2} data-iso2={e.iso2}>
                <button type="button" className="link-button" onClick={() => onSelect(e.iso2)}>
                  {fmt.economyName(e)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
