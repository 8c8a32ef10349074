import { useEffect, useRef, useState } from 'react';
import { FilterPanel } from '../components/filters/FilterPanel';
import { EconomySearch } from '../components/search/EconomySearch';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { StatusMessage } from '../components/ui/StatusMessage';
import type { Atlas } from '../domain/records';
import type { Iso2 } from '../domain/primitives';
import { useI18n } from '../i18n/use-i18n';
import type { UiState } from '../state/ui-state';
import { useUiActions } from '../state/use-ui-actions';
import type { useAtlasView } from './use-atlas-view';

interface Props {
  /** null while the data loads: the panel says so, and the map next to it is already starting. */
  atlas: Atlas | null;
  ui: UiState;
  view: ReturnType<typeof useAtlasView>;
  /** Facts "Official sources only" hides (0 when it is off). */
  hiddenFacts: number;
  onSelect: (iso2: Iso2 | null) => void;
}

/** The left column: find an economy and the filters. */
export function ControlsPanel({ atlas, ui, view, hiddenFacts, onSelect }: Props) {
  const { m, fmt } = useI18n();
  const { setGrouping, selectOffice } = useUiActions();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const stable = view.stable;
  // On phones the filters open as a sheet over the map: the focus goes into it, and back to the
  // button when it closes. Another view (Table, About) closes it.
  const closeSheet = () => {
    setFiltersOpen(false);
    toggleRef.current?.focus();
  };
  useEffect(() => {
    if (filtersOpen) doneRef.current?.focus();
  }, [filtersOpen]);
  const [viewSeen, setViewSeen] = useState(ui.view);
  if (viewSeen !== ui.view) {
    setViewSeen(ui.view);
    setFiltersOpen(false);
  }
  return (
    <aside className={`controls${filtersOpen ? ' open' : ''}`} aria-label={m.filters.panel} id={SKIP_TARGETS.filters} tabIndex={-1}>
      {!atlas || !stable ? (
        <StatusMessage title={m.loading} />
      ) : (
        <>
          <EconomySearch index={stable.searchIndex} onSelect={onSelect} onGrouping={setGrouping} onSelectOffice={selectOffice} />
          {/* On phones the filters fold away behind this button; on wider screens it is hidden. */}
          <button
            ref={toggleRef}
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-body"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {m.filters.panel} ({view.matching})
          </button>
          <div
            id="filter-body"
            className="filter-body"
            onKeyDown={(e) => {
              if (e.key !== 'Escape' || !filtersOpen || e.defaultPrevented) return;
              e.preventDefault();
              closeSheet();
            }}
          >
            <div className="sheet-head">
              <strong>{m.filters.panel}</strong>
              <button ref={doneRef} type="button" onClick={closeSheet}>
                {m.filters.done(fmt.number(view.matching))}
              </button>
            </div>
            <FilterPanel
              atlas={atlas}
              ui={ui}
              availableTypes={stable.availableTypes}
              regions={stable.regions}
              ties={view.ties}
              matching={view.matching}
              totalPartners={stable.partners.length}
              coveredNotShown={view.coveredNotShown.map((c) =>
                stable.economyByCode.get(c) ? fmt.economyName(stable.economyByCode.get(c)!) : c,
              )}
              hiddenFacts={hiddenFacts}
            />
          </div>
        </>
      )}
    </aside>
  );
}
