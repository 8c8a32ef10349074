import { memo } from 'react';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  officialOnly: boolean;
  hiddenFacts: number;
  onChange: (on: boolean) => void;
}

/** "Official sources only": hides what only secondary publishers report, and says how much that is. */
function SourceFilterView({ officialOnly, hiddenFacts, onChange }: Props) {
  const { m, fmt } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend>{m.sources.legend}</legend>
      <label className="filter-option">
        <input type="checkbox" checked={officialOnly} onChange={(e) => onChange(e.target.checked)} aria-describedby="source-filter-help" />
        {m.sources.officialOnly}
      </label>
      <p id="source-filter-help" className="muted filter-help" data-testid="source-filter-help" aria-live="polite">
        {officialOnly ? fmt.plural(hiddenFacts, m.sources.factsHidden(fmt.number(hiddenFacts))) : m.sources.officialOnlyHelp}
      </p>
    </fieldset>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change. */
export const SourceFilter = memo(SourceFilterView);
