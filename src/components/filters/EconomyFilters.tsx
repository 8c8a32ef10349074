import { memo, useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Grouping } from '../../domain/records';
import { type RegionOption, regionsInReadersOrder } from '../../selectors/regions';

interface Props {
  regions: RegionOption[];
  region: string | null;
  groupings: readonly Grouping[];
  grouping: string | null;
  onGrouping: (grouping: string | null) => void;
  beltAndRoadOnly: boolean;
  hasOfficeOnly: boolean;
  /** Names of covered economies left out for want of a shown tie (said under the office filter). */
  coveredNotShown: readonly string[];
  onRegion: (region: string | null) => void;
  onBeltAndRoad: (on: boolean) => void;
  onHasOffice: (on: boolean) => void;
}

/** Filters on the economy rather than the tie: UN region or subregion, grouping (ASEAN, EU…), Belt and Road, Hong Kong office. */
function EconomyFiltersView(p: Props) {
  const { m, fmt } = useI18n();
  const groupingId = useId();
  return (
    <fieldset className="filter-group">
      <legend>{m.filters.economies}</legend>
      <label className="filter-field">
        {m.filters.region}
        <select value={p.region ?? ''} onChange={(e) => p.onRegion(e.target.value || null)}>
          <option value="">{m.filters.allRegions}</option>
          {regionsInReadersOrder(p.regions, fmt.regionName, fmt.compare).map((r) => (
            <optgroup key={r.region} label={fmt.regionName(r.region)}>
              <option value={r.region}>{m.filters.allOf(fmt.regionName(r.region))}</option>
              {r.subregions.map((s) => (
                <option key={s} value={s}>
                  {fmt.regionName(s)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {/* Labelled by id, not by wrapping: a wrapping label's text would include every option's ("Regional…"). */}
      <div className="filter-field">
        <label htmlFor={groupingId}>{m.filters.grouping}</label>
        <select id={groupingId} value={p.grouping ?? ''} onChange={(e) => p.onGrouping(e.target.value || null)}>
          <option value="">{m.filters.anyGrouping}</option>
          {p.groupings.map((g) => (
            <option key={g.groupingId} value={g.groupingId}>
              {g.short}: {fmt.economyName(g)}
            </option>
          ))}
        </select>
      </div>
      <label className="filter-option">
        <input type="checkbox" checked={p.beltAndRoadOnly} onChange={(e) => p.onBeltAndRoad(e.target.checked)} />
        {m.filters.beltAndRoad}
      </label>
      <label className="filter-option">
        <input type="checkbox" checked={p.hasOfficeOnly} onChange={(e) => p.onHasOffice(e.target.checked)} />
        {m.filters.hasOffice}
      </label>
      {p.hasOfficeOnly && p.coveredNotShown.length > 0 && (
        <p className="further-off" data-testid="covered-not-shown">
          {m.filters.coveredNotShown(fmt.list([...p.coveredNotShown]))}
        </p>
      )}
    </fieldset>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const EconomyFilters = memo(EconomyFiltersView);
