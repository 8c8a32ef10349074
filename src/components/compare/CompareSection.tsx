import { useMemo, useRef, useState } from 'react';
import type { Iso2 } from '../../domain/primitives';
import type { Atlas, Economy } from '../../domain/records';
import type { TieType } from '../../domain/tie-types';
import { useI18n } from '../../i18n/use-i18n';
import {
  COMPARE_CSV_COLUMNS,
  compareCsvRows,
  compareDifferences,
  compareGroups,
  compareLifecycles,
  compareRows,
} from '../../selectors/compare';
import { TIE_TYPE_COLOUR } from '../ui/palette';
import { downloadChartImage } from '../export/chart-image';
import { sourceLine, typesPhrase, yearPhrase, type ExportCaption } from '../export/export-caption';
import { useCsvDownload } from '../export/use-csv-download';
import { EconomySearch } from '../search/EconomySearch';
import { CompareDifferences } from './CompareDifferences';
import { CompareLifecycles } from './CompareLifecycles';
import { CompareTable } from './CompareTable';

interface Props {
  atlas: Atlas;
  codes: readonly Iso2[];
  types: readonly TieType[];
  /** Economies the search offers (the partners). */
  partners: readonly Economy[];
  max: number;
  onAdd: (codes: Iso2[]) => void;
  onRemove: (iso2: Iso2) => void;
  onClear: () => void;
}

/** Two to six economies side by side: a row each, their lifecycles on one axis, the differences in words. */
export function CompareSection({ atlas, codes, types, partners, max, onAdd, onRemove, onClear }: Props) {
  const { m, fmt } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const [group, setGroup] = useState('');
  const [said, setSaid] = useState('');
  const rows = useMemo(() => compareRows(atlas, codes, types), [atlas, codes, types]);
  const differences = useMemo(() => compareDifferences(rows), [rows]);
  const lifecycles = useMemo(() => compareLifecycles(rows, atlas.asOf), [rows, atlas.asOf]);
  const groups = useMemo(() => compareGroups(atlas), [atlas]);
  const byCode = useMemo(() => new Map(atlas.economies.map((e) => [e.iso2, e])), [atlas]);
  const nameOf = (code: Iso2) => {
    const e = byCode.get(code);
    return e ? fmt.economyName(e) : code;
  };
  const list = (names: string[]) => names.join(m.compare.join);
  const names = rows.map((r) => fmt.economyName(r.economy));
  const file = `hong-kong-ties-compare-${codes.join('-')}`;
  const downloadCsv = useCsvDownload();
  // What the comparison depends on: the economies and the tie types (not the map's other filters or year).
  const filters = [typesPhrase(types, m, fmt), yearPhrase(null, m)];
  const caption = (): ExportCaption => ({
    title: m.exports.compareTitle(fmt.list(names)),
    subtitle: [...filters, m.compare.lifecycleKey],
    legend: types.map((t) => ({ colour: TIE_TYPE_COLOUR[t], label: fmt.labelled(m.tieType[t].short, m.tieType[t].long) })),
    source: sourceLine(atlas.asOf, m, fmt),
    link: window.location.href,
  });
  const csv = () =>
    void downloadCsv({
      name: file,
      title: m.exports.compareTitle(fmt.list(names)),
      columns: COMPARE_CSV_COLUMNS,
      rows: compareCsvRows(rows, fmt.economyName),
      filters,
      asOf: atlas.asOf,
    });
  const image = (format: 'svg' | 'png') => void downloadChartImage(figure.current, caption(), file, format);

  const addGroup = () => {
    const chosen = groups.find((g) => g.name === group);
    if (!chosen) return;
    const fresh = chosen.members.filter((c) => !codes.includes(c));
    const room = Math.max(0, max - codes.length);
    onAdd(fresh.slice(0, room));
    setSaid(m.compare.groupAdded(chosen.name, list(fresh.slice(0, room).map(nameOf)) || '0', list(fresh.slice(room).map(nameOf))));
  };

  return (
    <section id="compare" className="compare" aria-labelledby="compare-title" data-testid="compare">
      <header className="compare-header">
        <h2 id="compare-title" tabIndex={-1}>
          {m.compare.title(fmt.number(rows.length))}
        </h2>
        <div className="compare-actions">
          <button type="button" onClick={csv} disabled={rows.length < 2}>
            {m.compare.csv}
          </button>
          <button type="button" onClick={() => image('svg')} disabled={rows.length < 2}>
            {m.compare.image}
          </button>
          <button type="button" onClick={() => image('png')} disabled={rows.length < 2}>
            {m.compare.png}
          </button>
          <button type="button" onClick={onClear}>
            {m.compare.clear}
          </button>
        </div>
      </header>
      <div className="compare-add">
        {codes.length < max ? (
          <EconomySearch
            index={{ economies: partners.filter((e) => !codes.includes(e.iso2)), groupings: [], offices: [] }}
            onSelect={(iso2) => onAdd([iso2])}
            label={m.compare.addEconomy}
          />
        ) : (
          <p className="muted">{m.compare.full}</p>
        )}
        <div className="compare-group">
          <label htmlFor="compare-group">{m.compare.addGroup}</label>
          <select id="compare-group" value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">—</option>
            {groups.map((g) => (
              <option key={g.name} value={g.name}>
                {fmt.plural(g.members.length, m.compare.groupOption(g.name, fmt.number(g.members.length)))}
              </option>
            ))}
          </select>
          <button type="button" onClick={addGroup} disabled={!group || codes.length >= max}>
            {m.compare.addGroupButton}
          </button>
        </div>
        <p role="status" className="compare-said">
          {said}
        </p>
      </div>
      {rows.length < 2 && <p className="compare-need">{m.compare.needMore}</p>}
      <CompareTable rows={rows} types={types} onRemove={onRemove} />
      {rows.length >= 2 && (
        <>
          <CompareDifferences differences={differences} />
          <CompareLifecycles ref={figure} model={lifecycles} asOf={atlas.asOf} />
        </>
      )}
    </section>
  );
}
