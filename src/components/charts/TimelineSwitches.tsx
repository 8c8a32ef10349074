import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { CountRule, DateBasis } from '../../domain/time-axis';

interface Props {
  basis: DateBasis;
  rule: CountRule;
  onBasis: (basis: DateBasis) => void;
  onRule: (rule: CountRule) => void;
}

/** Date basis (shared with the year slider) and counting rule of the timeline. */
export function TimelineSwitches(props: Props) {
  const { m } = useI18n();
  // The chart follows the deferred UI state, so these props arrive a render after the input: show
  // the choice at once, and take the props again whenever they change (Back, Reset, the time bar).
  const [shown, setShown] = useState({ basis: props.basis, rule: props.rule });
  const [given, setGiven] = useState({ basis: props.basis, rule: props.rule });
  if (given.basis !== props.basis || given.rule !== props.rule) {
    setGiven({ basis: props.basis, rule: props.rule });
    setShown({ basis: props.basis, rule: props.rule });
  }
  const { basis, rule } = shown;
  const onBasis = (b: DateBasis) => {
    setShown((s) => ({ ...s, basis: b }));
    props.onBasis(b);
  };
  const onRule = (r: CountRule) => {
    setShown((s) => ({ ...s, rule: r }));
    props.onRule(r);
  };
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
