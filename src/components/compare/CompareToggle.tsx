import { useI18n } from '../../i18n/use-i18n';

export interface CompareToggleProps {
  inCompare: boolean;
  /** The comparison holds as many economies as it can: adding is off. */
  full: boolean;
  onToggle: () => void;
}

/** "Add to compare" in an economy's panel; once added, it removes, and a link leads to the comparison. */
export function CompareToggle({ inCompare, full, onToggle }: CompareToggleProps) {
  const { m } = useI18n();
  const goToComparison = () => {
    const heading = document.getElementById('compare-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return (
    <p className="compare-toggle">
      <button
        type="button"
        aria-pressed={inCompare}
        onClick={onToggle}
        disabled={full && !inCompare}
        title={full && !inCompare ? m.compare.full : undefined}
      >
        {inCompare ? m.compare.added : m.compare.add}
      </button>
      {inCompare && (
        <button type="button" className="link-button" onClick={goToComparison}>
          {m.compare.region} ↓
        </button>
      )}
    </p>
  );
}
