import { useEffect, useRef, useState } from 'react';
import { FilterPanel } from '../components/filters/FilterPanel';
import { EconomySearch } from '../components/search/EconomySearch';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { StatusMessage } from '../components/ui/StatusMessage';
import type { Tie } from '../domain/records';
import { useI18n } from '../i18n/use-i18n';
import { select, selectOffice, setGrouping } from '../state/ui-actions';
import { useUiPick, useUiStore } from '../state/ui-store';
import type { ReadyAtlas } from './use-atlas-load';
import type { AtlasView } from './use-atlas-view';

interface Props {
  /** null while the data loads: the panel says so, and the map next to it is already starting. */
  ready: ReadyAtlas | null;
  ties: Tie[];
  matching: number;
  coveredNotShown: AtlasView['coveredNotShown'];
}

/** What the filter panel shows chosen. */
const CHOICE_KEYS = ['types', 'typeRules', 'statuses', 'officialOnly', 'region', 'grouping', 'beltAndRoadOnly', 'hasOfficeOnly'] as const;

/** The left column: find an economy and the filters. */
export function ControlsPanel({ ready, ties, matching, coveredNotShown }: Props) {
  const { m, fmt } = useI18n();
  const choices = useUiPick(CHOICE_KEYS);
  const view = useUiStore((s) => s.view);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  // On phones the filters open as a sheet over the map: the focus goes into it, and back to the
  // button when it closes. Another view (Table, About) closes it.
  const closeSheet = () => {
    setFiltersOpen(false);
    toggleRef.current?.focus();
  };
  useEffect(() => {
    if (filtersOpen) doneRef.current?.focus();
  }, [filtersOpen]);
  const [viewSeen, setViewSeen] = useState(view);
  if (viewSeen !== view) {
    setViewSeen(view);
    setFiltersOpen(false);
  }
  return (
    <aside className={`controls${filtersOpen ? ' open' : ''}`} aria-label={m.filters.panel} id={SKIP_TARGETS.filters} tabIndex={-1}>
      {!ready ? (
        <StatusMessage title={m.loading} />
      ) : (
        <>
          <EconomySearch index={ready.stable.searchIndex} onSelect={select} onGrouping={setGrouping} onSelectOffice={selectOffice} />
          {/* On phones the filters fold away behind this button; on wider screens it is hidden. */}
          <button
            ref={toggleRef}
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-body"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {m.filters.panel} ({matching})
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
                {m.filters.done(fmt.number(matching))}
              </button>
            </div>
            <FilterPanel
              atlas={ready.atlas}
              choices={choices}
              availableTypes={ready.stable.availableTypes}
              regions={ready.stable.regions}
              ties={ties}
              matching={matching}
              totalPartners={ready.stable.partners.length}
              coveredNotShown={coveredNotShown}
              hiddenFacts={ready.hiddenFacts}
            />
          </div>
        </>
      )}
    </aside>
  );
}
