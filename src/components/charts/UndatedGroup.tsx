import type { TieType } from '../../domain/tie-types';
import { TIE_TYPE_COLOUR } from '../ui/palette';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  undated: Partial<Record<TieType, number>>;
  total: number;
  types: readonly TieType[];
  inForce: boolean;
}

/**
 * The ties that count today but have no date on the basis, beside the timeline: a stacked bar with
 * the count of each type written out, so they are visible, counted and never silently dropped.
 */
export function UndatedGroup({ undated, total, types, inForce }: Props) {
  const { m, fmt } = useI18n();
  if (total === 0) return null;
  const shown = types.filter((t) => (undated[t] ?? 0) > 0);
  return (
    <div className="timeline-undated" data-testid="timeline-undated" data-total={total}>
      <p className="timeline-undated-title">
        <strong>{m.charts.undatedGroup(inForce)}</strong>: <span data-testid="timeline-undated-total">{fmt.number(total)}</span>
      </p>
      <div className="undated-bar" aria-hidden="true">
        {shown.map((t) => (
          <span key={t} style={{ flexGrow: undated[t], background: TIE_TYPE_COLOUR[t] }} />
        ))}
      </div>
      <ul className="undated-list">
        {shown.map((t) => (
          <li key={t} data-type={t}>
            <span className="swatch" style={{ background: TIE_TYPE_COLOUR[t] }} aria-hidden="true" />
            {m.tieType[t].short} {fmt.number(undated[t] ?? 0)}
          </li>
        ))}
      </ul>
      <p className="muted chart-note">{m.charts.undatedHelp(inForce)}</p>
    </div>
  );
}
