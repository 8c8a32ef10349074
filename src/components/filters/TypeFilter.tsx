import type { TieType } from '../../domain/tie-types';
import { TIE_TYPE_LABEL } from '../../i18n/labels';
import type { TypeRule } from '../../state/ui-state';
import { TieTypeBadge } from '../ui/TieTypeBadge';

interface Props {
  available: readonly TieType[];
  shown: readonly TieType[];
  rules: Partial<Record<TieType, TypeRule>>;
  onToggle: (type: TieType) => void;
  onRule: (type: TieType, rule: TypeRule | null) => void;
}

/**
 * Per tie type: whether it is shown (counted on the map, panel and charts) and the set logic for
 * economies: any, must have, must not have.
 */
export function TypeFilter({ available, shown, rules, onToggle, onRule }: Props) {
  return (
    <fieldset className="filter-group">
      <legend>Agreement types</legend>
      {available.map((type) => (
        <div key={type} className="type-row">
          <label className="filter-option">
            <input type="checkbox" checked={shown.includes(type)} onChange={() => onToggle(type)} />
            <TieTypeBadge type={type} /> {TIE_TYPE_LABEL[type].long}
          </label>
          <select
            className="type-rule"
            aria-label={`Economies: ${TIE_TYPE_LABEL[type].short}`}
            value={rules[type] ?? 'any'}
            onChange={(e) => onRule(type, e.target.value === 'any' ? null : (e.target.value as TypeRule))}
          >
            <option value="any">any</option>
            <option value="must">must have</option>
            <option value="not">must not have</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}
