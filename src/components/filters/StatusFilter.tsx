import { STATUSES, type Status } from '../../domain/statuses';
import { useI18n } from '../../i18n/use-i18n';

export function StatusFilter({ selected, onToggle }: { selected: readonly Status[]; onToggle: (s: Status) => void }) {
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
