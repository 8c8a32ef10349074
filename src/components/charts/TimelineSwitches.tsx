import type { CountRule, DateBasis } from '../../state/ui-state';

interface Props {
  basis: DateBasis;
  rule: CountRule;
  onBasis: (basis: DateBasis) => void;
  onRule: (rule: CountRule) => void;
}

/** Date basis (shared with the year slider) and counting rule of the timeline. */
export function TimelineSwitches({ basis, rule, onBasis, onRule }: Props) {
  return (
    <div className="chart-controls">
      <div role="radiogroup" aria-label="Timeline date basis">
        {(['inForce', 'signed'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="timeline-basis" checked={basis === b} onChange={() => onBasis(b)} />
            {b === 'inForce' ? 'By entry into force' : 'By signature'}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label="Counting rule">
        {(['partner', 'agreement'] as const).map((r) => (
          <label key={r}>
            <input type="radio" name="count-rule" checked={rule === r} onChange={() => onRule(r)} />
            {r === 'partner' ? 'Per partner economy' : 'Bloc agreement once'}
          </label>
        ))}
      </div>
    </div>
  );
}
