import type { Economy } from '../../domain/records';
import type { Iso2 } from '../../domain/primitives';

interface Props {
  /** Hong Kong, listed first: its panel gives the network totals. */
  hub?: Economy;
  economies: Economy[];
  selected: string | null;
  onSelect: (iso2: Iso2 | null) => void;
}

/** Keyboard and screen-reader route to every partner economy and the hub, equivalent to clicking the map. */
export function EconomyPicker({ hub, economies, selected, onSelect }: Props) {
  return (
    <label className="economy-picker">
      Partner economy
      <select value={selected ?? ''} onChange={(e) => onSelect(e.target.value ? (e.target.value as Iso2) : null)}>
        <option value="">Choose an economy…</option>
        {hub && <option value={hub.iso2}>{hub.names.en} (the hub: network totals)</option>}
        {economies.map((e) => (
          <option key={e.iso2} value={e.iso2}>
            {e.names.en}
          </option>
        ))}
      </select>
    </label>
  );
}
