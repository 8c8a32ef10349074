import type { Office } from '../../domain/records';
import type { HoverInfo } from '../../selectors/hover-info';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { OFFICE_TYPE_LABEL } from '../../i18n/labels';
import type { Hovered } from './use-map-pointer';

const STANDING_TEXT: Record<HoverInfo['standing'], string> = {
  hub: 'The hub: click for the network totals',
  in_force: 'Ties in force',
  pipeline: 'Only signed or under negotiation',
  none: 'No recorded tie of the selected types',
};

interface Props {
  hovered: Hovered;
  describeEconomy: (iso2: string) => HoverInfo | null;
  findOffice: (officeId: string) => Office | undefined;
}

/** The hover card: names in text and a badge per tie type, never colour alone. */
export function MapTooltip({ hovered, describeEconomy, findOffice }: Props) {
  if (!hovered) return null;
  const style = { left: hovered.x + 14, top: hovered.y + 14 };
  if (hovered.kind === 'office') {
    const office = findOffice(hovered.id);
    if (!office) return null;
    return (
      <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
        <strong>{office.name}</strong>
        <span className="muted">
          {OFFICE_TYPE_LABEL[office.officeType].one} · {office.city}
        </span>
      </div>
    );
  }
  const info = describeEconomy(hovered.id);
  if (!info) return null;
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{info.name}</strong>
      <span className="muted">{STANDING_TEXT[info.standing]}</span>
      {info.types.length > 0 && (
        <ul className="tooltip-badges">
          {info.types.map(({ type, inForce }) => (
            <li key={type}>
              <TieTypeBadge type={type} /> {inForce ? 'in force' : 'signed or negotiating'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
