import { useMemo, useState } from 'react';
import type { Iso2 } from '../../domain/primitives';
import { useI18n } from '../../i18n/use-i18n';
import {
  DEFAULT_ECONOMY_SORT,
  type EconomyRow,
  type EconomySort,
  type EconomySortKey,
  sortEconomyRows,
} from '../../selectors/economy-rows';
import { TieTypeBadge } from '../ui/TieTypeBadge';

interface Props {
  rows: EconomyRow[];
  selected: string | null;
  onSelect: (iso2: Iso2) => void;
  caption: string;
  /** A "Compare" checkbox per row: the economies in the comparison, and how to add or remove one. */
  compare?: { codes: readonly string[]; full: boolean; onToggle: (iso2: Iso2) => void };
}

const COLUMNS: { key: EconomySortKey; label: 'economy' | 'types' | 'ties' | 'inForce' | 'earliest'; numeric: boolean }[] = [
  { key: 'name', label: 'economy', numeric: false },
  { key: 'types', label: 'types', numeric: false },
  { key: 'ties', label: 'ties', numeric: true },
  { key: 'inForce', label: 'inForce', numeric: true },
  { key: 'earliestTie', label: 'earliest', numeric: false },
];

/** Larger counts first is what a reader usually wants; names and dates start ascending. */
const firstDirection = (key: EconomySortKey): EconomySort['direction'] =>
  key === 'types' || key === 'ties' || key === 'inForce' ? 'desc' : 'asc';

/** Partner economies as a sortable table: name, live tie types, counts and earliest tie. Choosing a name opens its panel. */
export function EconomyTable({ rows, selected, onSelect, caption, compare }: Props) {
  const { m, fmt } = useI18n();
  const [sort, setSort] = useState<EconomySort>(DEFAULT_ECONOMY_SORT);
  const sorted = useMemo(() => sortEconomyRows(rows, sort, fmt.compare), [rows, sort, fmt]);
  const sortBy = (key: EconomySortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: firstDirection(key) }));

  return (
    <table className="economy-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={c.numeric ? 'num' : undefined}
              aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                {m.table[c.label]}
                <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          {compare && <th scope="col">{m.compare.column}</th>}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.iso2} data-iso2={r.iso2} className={r.iso2 === selected ? 'selected' : undefined}>
            <th scope="row">
              <button type="button" className="link-button" aria-pressed={r.iso2 === selected} onClick={() => onSelect(r.iso2)}>
                {r.name}
              </button>
            </th>
            <td data-col="types">
              <span className="type-badges">
                {r.types.length ? (
                  r.types.map((t) => <TieTypeBadge key={t} type={t} />)
                ) : (
                  <span className="muted">{m.status.terminated}</span>
                )}
              </span>
            </td>
            <td className="num" data-col="ties">
              {r.ties}
            </td>
            <td className="num" data-col="in-force">
              {r.inForce}
            </td>
            <td data-col="earliest">{fmt.date(r.earliestTie)}</td>
            {compare && (
              <td data-col="compare">
                <input
                  type="checkbox"
                  aria-label={m.compare.toggle(r.name)}
                  checked={compare.codes.includes(r.iso2)}
                  disabled={compare.full && !compare.codes.includes(r.iso2)}
                  onChange={() => compare.onToggle(r.iso2)}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
