import { memo } from 'react';
import { STATUSES, type Status } from '../../domain/statuses';
import { useI18n } from '../../i18n/use-i18n';

function StatusFilterView({ selected, onToggle }: { selected: readonly Status[]; onToggle: (s: Status) => void }) {
  const { m } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend>{m.filters.status}</legend>
      {STATUSES.map((s) => (
        <label key={s} className="filter-option">
          <input type="checkbox" checked={selected.includes(s)} onChange={() => onToggle(s)} />
          {m.status[s]}
        </label>
      ))}
    </fieldset>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const StatusFilter = memo(StatusFilterView);
