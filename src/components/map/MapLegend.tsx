import { useI18n } from '../../i18n/use-i18n';
import { LEGEND } from './map-style';

/** Explains the map colours in words as well as swatches. */
export function MapLegend() {
  const { m } = useI18n();
  const items = [
    { colour: LEGEND.inForce[0], label: '1 type of tie in force' },
    { colour: LEGEND.inForce[1], label: '2 types' },
    { colour: LEGEND.inForce[2], label: '3 types' },
    { colour: LEGEND.inForce[3], label: '4 or more types' },
    { colour: LEGEND.pipeline, label: 'Only signed or under negotiation' },
    { colour: LEGEND.none, label: 'No recorded tie' },
    { colour: '#c8102e', label: 'Hong Kong' },
  ];
  return (
    <div className="legend" aria-label={m.legend.label}>
      <p className="legend-title">{m.legend.title}</p>
      <ul>
        {items.map((i) => (
          <li key={i.label}>
            <span className="swatch" style={{ backgroundColor: i.colour }} aria-hidden="true" />
            {i.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
