import { useI18n } from '../../i18n/use-i18n';
import type { CountRule, DateBasis } from '../../domain/time-axis';

interface Props {
  basis: DateBasis;
  rule: CountRule;
  onBasis: (basis: DateBasis) => void;
  onRule: (rule: CountRule) => void;
}

/** Date basis (shared with the year slider) and counting rule of the timeline. */
export function TimelineSwitches({ basis, rule, onBasis, onRule }: Props) {
  const { m } = useI18n();
  return (
    <div className="chart-controls">
      <div role="radiogroup" aria-label={m.charts.basisGroup}>
        {(['inForce', 'signed'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="timeline-basis" checked={basis === b} onChange={() => onBasis(b)} />
            {b === 'inForce' ? m.charts.byInForce : m.charts.bySigned}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={m.charts.ruleGroup}>
        {(['partner', 'agreement'] as const).map((r) => (
          <label key={r}>
            <input type="radio" name="count-rule" checked={rule === r} onChange={() => onRule(r)} />
            {r === 'partner' ? m.charts.perPartner : m.charts.perAgreement}
          </label>
        ))}
      </div>
    </div>
  );
}
