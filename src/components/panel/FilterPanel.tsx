import type { TieType } from '../../domain/tie-types';
import { TIE_TYPE_LABEL } from '../../i18n/labels';
import { TieTypeBadge } from '../ui/TieTypeBadge';

interface Props {
  available: readonly TieType[];
  selected: readonly TieType[];
  onToggle: (type: TieType) => void;
}

/** Tie-type filter: map colours, the panel and the charts count only the checked types. */
export function FilterPanel({ available, selected, onToggle }: Props) {
  return (
    <fieldset className="filter-panel">
      <legend>Agreement types</legend>
      {available.map((type) => (
        <label key={type} className="filter-option">
          <input type="checkbox" checked={selected.includes(type)} onChange={() => onToggle(type)} />
          <TieTypeBadge type={type} /> {TIE_TYPE_LABEL[type].long}
        </label>
      ))}
    </fieldset>
  );
}
