interface Props {
  matching: number;
  total: number;
  onReset: () => void;
  onDownload: () => void;
}

/** How many economies the filters leave, with Reset all and the download of the filtered ties. */
export function FilterSummary({ matching, total, onReset, onDownload }: Props) {
  return (
    <div className="filter-summary">
      <p aria-live="polite" data-testid="match-count">
        <strong>{matching}</strong> of {total} partner economies match
      </p>
      <div className="filter-actions">
        <button type="button" onClick={onReset}>
          Reset all
        </button>
        <button type="button" onClick={onDownload}>
          Download filtered ties (CSV)
        </button>
      </div>
    </div>
  );
}
