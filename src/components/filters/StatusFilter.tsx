import { STATUSES, type Status } from '../../domain/statuses';
import { STATUS_LABEL } from '../../i18n/labels';

export function StatusFilter({ selected, onToggle }: { selected: readonly Status[]; onToggle: (s: Status) => void }) {
  return (
    <fieldset className="filter-group">
      <legend>Status</legend>
      {STATUSES.map((s) => (
        <label key={s} className="filter-option">
          <input type="checkbox" checked={selected.includes(s)} onChange={() => onToggle(s)} />
          {STATUS_LABEL[s]}
        </label>
      ))}
    </fieldset>
  );
}
