import { useMemo, useState } from 'react';
import type { Atlas } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_OFFICE_SORT, type OfficeSort, type OfficeSortKey, officeRows, sortOfficeRows } from '../../selectors/office-rows';
import { Localised } from '../ui/LocalText';
import { SourceLink } from '../ui/SourceLink';

interface Props {
  atlas: Atlas;
  selected: string | null;
  onSelectOffice: (officeId: string) => void;
}

const COLUMNS: { key: OfficeSortKey; label: 'office' | 'type' | 'city' | 'covered' | 'opened' | 'source' }[] = [
  { key: 'name', label: 'office' },
  { key: 'type', label: 'type' },
  { key: 'city', label: 'city' },
  { key: 'covered', label: 'covered' },
  { key: 'opened', label: 'opened' },
  { key: 'source', label: 'source' },
];

/** Hong Kong's offices as a sortable table: type, city, economies covered, opening date and source. Choosing one opens its panel. */
export function OfficeTable({ atlas, selected, onSelectOffice }: Props) {
  const { m, fmt } = useI18n();
  const [sort, setSort] = useState<OfficeSort>(DEFAULT_OFFICE_SORT);
  const rows = useMemo(() => officeRows(atlas.offices, atlas.economies, fmt.economyName, fmt.local, fmt.compare), [atlas, fmt]);
  const sorted = useMemo(() => sortOfficeRows(rows, sort, fmt.compare), [rows, sort, fmt]);
  const sortBy = (key: OfficeSortKey) =>
    setSort((s) =>
      s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'covered' ? 'desc' : 'asc' },
    );
  const t = m.table.officeTable;
  return (
    <table className="economy-table office-table">
      <caption>{t.caption(fmt.number(rows.length))}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                {t[c.label]}
                <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.officeId} data-office={r.officeId} className={r.officeId === selected ? 'selected' : undefined}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-pressed={r.officeId === selected}
                onClick={() => onSelectOffice(r.officeId)}
              >
                <Localised value={r.name} />
              </button>
            </th>
            <td data-col="type" data-label={t.type}>
              {m.officeType[r.officeType].one}
            </td>
            <td data-col="city" data-label={t.city}>
              <Localised value={r.city} />
            </td>
            <td data-col="covered" data-label={t.covered}>
              {r.covered.length ? fmt.list(r.covered) : <span className="muted">{t.noneStated}</span>}
            </td>
            <td data-col="opened" data-label={t.opened}>
              {fmt.date(r.opened)}
            </td>
            <td data-col="source" data-label={t.source}>
              <SourceLink url={r.sourceUrl} label={m.panel.sourceShort} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
