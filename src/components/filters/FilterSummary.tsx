import { useI18n } from '../../i18n/use-i18n';

interface Props {
  matching: number;
  total: number;
  onReset: () => void;
  onDownload: () => void;
}

/** How many economies the filters leave, with Reset all and the download of the filtered ties. */
export function FilterSummary({ matching, total, onReset, onDownload }: Props) {
  const { m, fmt } = useI18n();
  const [count, rest] = m.filters.match(fmt.number(matching), fmt.number(total));
  return (
    <div className="filter-summary">
      <p aria-live="polite" data-testid="match-count">
        <strong>{count}</strong>
        {rest}
      </p>
      <div className="filter-actions">
        <button type="button" onClick={onReset}>
          {m.filters.reset}
        </button>
        <button type="button" onClick={onDownload}>
          {m.filters.download}
        </button>
      </div>
    </div>
  );
}
