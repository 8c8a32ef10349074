import type { Iso2 } from '../../domain/primitives';
import type { OfficeProfile } from '../../selectors/network-summary';
import { OFFICE_TYPE_LABEL, formatDate } from '../../i18n/labels';
import { SourceLink } from '../ui/SourceLink';

interface Props {
  profile: OfficeProfile;
  onClose: () => void;
  onSelect: (iso2: Iso2) => void;
}

/** One office: where it is, when it opened, its source, and the economies it covers (outlined on the map). */
export function OfficePanel({ profile, onClose, onSelect }: Props) {
  const { office, covered } = profile;
  return (
    <section className="office-panel" aria-labelledby="office-title" data-office={office.officeId}>
      <header className="panel-header">
        <h2 id="office-title">{office.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={`Close ${office.name}`}>
          ×
        </button>
      </header>
      <p className="muted">{OFFICE_TYPE_LABEL[office.officeType].one}</p>
      <dl className="tie-dates">
        <dt>City</dt>
        <dd data-field="city">{office.city}</dd>
        <dt>Opened</dt>
        <dd data-field="opened">{office.opened ? formatDate(office.opened) : 'Not stated on an official page'}</dd>
      </dl>
      {office.note && <p className="tie-note">{office.note}</p>}
      <p className="tie-source">
        <SourceLink url={office.sourceUrl} /> <span className="muted">checked {formatDate(office.checked)}</span>
      </p>
      <h3>Economies covered ({covered.length})</h3>
      {covered.length === 0 ? (
        <p className="muted">No covered economy is stated on an official page.</p>
      ) : (
        <>
          <p className="muted">Outlined in purple on the map.</p>
          <ul className="plain-list covered-list">
            {covered.map((e) => (
              <li key={e.iso2} data-iso2={e.iso2}>
                <button type="button" className="link-button" onClick={() => onSelect(e.iso2)}>
                  {e.names.en}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
