import { memo } from 'react';
import type { Iso2 } from '../../domain/primitives';
import type { Office } from '../../domain/records';
import type { HoverInfo } from '../../selectors/hover-info';
import { TieTypeBadge } from '../ui/TieTypeBadge';
import { LocalText } from '../ui/LocalText';
import { useI18n } from '../../i18n/use-i18n';
import type { Hovered } from './use-map-pointer';

interface Props {
  hovered: Hovered;
  describeEconomy: (iso2: Iso2) => HoverInfo | null;
  findOffice: (officeId: string) => Office | undefined;
}

/** The hover card: names in text and a badge per tie type, never colour alone. */
function MapTooltipView({ hovered, describeEconomy, findOffice }: Props) {
  const { m } = useI18n();
  if (!hovered) return null;
  const style = { left: hovered.x + 14, top: hovered.y + 14 };
  if (hovered.kind === 'office') {
    const office = findOffice(hovered.id);
    if (!office) return null;
    return (
      <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
        <strong>
          <LocalText en={office.name} zh={office.nameZh} />
        </strong>
        <span className="muted">
          {m.officeType[office.officeType].one} · <LocalText en={office.city} zh={office.cityZh} />
        </span>
      </div>
    );
  }
  const info = describeEconomy(hovered.id);
  if (!info) return null;
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{info.name}</strong>
      <span className="muted">{m.map.standing[info.standing]}</span>
      {info.types.length > 0 && (
        <ul className="tooltip-badges">
          {info.types.map(({ type, inForce }) => (
            <li key={type}>
              <TieTypeBadge type={type} /> {inForce ? m.map.badgeInForce : m.map.badgePipeline}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Nothing hovered before and after: nothing to draw, whatever else changed (a filter input changes describeEconomy). */
export const MapTooltip = memo(MapTooltipView, (before, after) => before.hovered === null && after.hovered === null);
