import type { Atlas, Tie } from '../../domain/records';
import { TIES_CSV_COLUMNS, economyNameLookup, tieCsvRow } from '../../domain/csv-export';
import { CORE_TIE_TYPES, type TieType } from '../../domain/tie-types';
import type { RegionOption } from '../../selectors/regions';
import type { UiState } from '../../state/ui-state';
import {
  resetFilters,
  setBeltAndRoadOnly,
  setGrouping,
  setHasOfficeOnly,
  setOfficialOnly,
  setRegion,
  setTypeRule,
  toggleStatus,
  toggleType,
} from '../../state/ui-actions';
import { getUiState } from '../../state/ui-store';
import { EconomyFilters } from './EconomyFilters';
import { FilterSummary } from './FilterSummary';
import { SourceFilter } from './SourceFilter';
import { StatusFilter } from './StatusFilter';
import { TypeFilter } from './TypeFilter';
import { useI18n } from '../../i18n/use-i18n';
import { filterPhrases } from '../export/export-caption';
import { useCsvDownload } from '../export/use-csv-download';

interface Props {
  atlas: Atlas;
  /** What is chosen in each filter. */
  choices: Pick<UiState, 'types' | 'typeRules' | 'statuses' | 'officialOnly' | 'region' | 'grouping' | 'beltAndRoadOnly' | 'hasOfficeOnly'>;
  availableTypes: readonly TieType[];
  regions: RegionOption[];
  ties: Tie[];
  matching: number;
  totalPartners: number;
  /** Names of covered economies the office filter leaves out. */
  coveredNotShown: readonly string[];
  hiddenFacts: number;
}

/** Every filter in one panel; each control writes to the store, which writes the URL. */
export function FilterPanel({
  atlas,
  choices: ui,
  availableTypes,
  regions,
  ties,
  matching,
  totalPartners,
  coveredNotShown,
  hiddenFacts,
}: Props) {
  const { m, fmt } = useI18n();
  const download = useCsvDownload();
  const downloadCsv = () =>
    void download({
      name: 'hong-kong-ties-filtered',
      title: m.exports.filteredTitle,
      columns: TIES_CSV_COLUMNS,
      rows: ties.map((t) => tieCsvRow(t, economyNameLookup(atlas.economies))),
      // The filters in words, as they are when the file is asked for (the year included).
      filters: filterPhrases(getUiState(), m, fmt, atlas.groupings),
      asOf: atlas.asOf,
    });
  return (
    <div className="filter-panel">
      <FilterSummary
        matching={matching}
        total={totalPartners}
        furtherOff={availableTypes.filter((t) => !CORE_TIE_TYPES.includes(t) && !ui.types.includes(t))}
        onReset={resetFilters}
        onDownload={downloadCsv}
      />
      <TypeFilter available={availableTypes} shown={ui.types} rules={ui.typeRules} onToggle={toggleType} onRule={setTypeRule} />
      <StatusFilter selected={ui.statuses} onToggle={toggleStatus} />
      <SourceFilter officialOnly={ui.officialOnly} hiddenFacts={hiddenFacts} onChange={setOfficialOnly} />
      <EconomyFilters
        regions={regions}
        region={ui.region}
        groupings={atlas.groupings}
        grouping={ui.grouping}
        onGrouping={setGrouping}
        beltAndRoadOnly={ui.beltAndRoadOnly}
        hasOfficeOnly={ui.hasOfficeOnly}
        coveredNotShown={coveredNotShown}
        onRegion={setRegion}
        onBeltAndRoad={setBeltAndRoadOnly}
        onHasOffice={setHasOfficeOnly}
      />
    </div>
  );
}
