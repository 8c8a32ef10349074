import { memo } from 'react';
import type { TieType } from '../../domain/tie-types';
import { useI18n } from '../../i18n/use-i18n';
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
function TypeFilterView({ available, shown, rules, onToggle, onRule }: Props) {
  const { m } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend>{m.filters.types}</legend>
      {available.map((type) => (
        <div key={type} className="type-row">
          <label className="filter-option">
            <input type="checkbox" checked={shown.includes(type)} onChange={() => onToggle(type)} />
            {/* One flow, so a long name wraps under its badge and its longest word has the row's width. */}
            <span className="type-name">
              <TieTypeBadge type={type} /> {m.tieType[type].long}
            </span>
          </label>
          <select
            className="type-rule"
            aria-label={m.filters.ruleFor(m.tieType[type].short)}
            value={rules[type] ?? 'any'}
            onChange={(e) => onRule(type, e.target.value === 'any' ? null : (e.target.value as TypeRule))}
          >
            <option value="any">{m.filters.any}</option>
            <option value="must">{m.filters.must}</option>
            <option value="not">{m.filters.not}</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const TypeFilter = memo(TypeFilterView);
