import type { TieType } from '../../domain/tie-types';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  matching: number;
  total: number;
  /** Further types (off by default) that are not shown: the total counts their partners too, so say so. */
  furtherOff: readonly TieType[];
  onReset: () => void;
  onDownload: () => void;
}

/** How many economies the filters leave, with Reset all and the download of the filtered ties. */
export function FilterSummary({ matching, total, furtherOff, onReset, onDownload }: Props) {
  const { m, fmt } = useI18n();
  const [count, rest] = m.filters.match(fmt.number(matching), fmt.number(total));
  return (
    <div className="filter-summary">
      <p aria-live="polite" data-testid="match-count">
        <strong>{count}</strong>
        {rest}
      </p>
      {furtherOff.length > 0 && (
        <p className="further-off" data-testid="further-off">
          {fmt.plural(
            furtherOff.length,
            m.filters.furtherOff(fmt.number(furtherOff.length), fmt.list(furtherOff.map((t) => m.tieType[t].short))),
          )}
        </p>
      )}
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
