import type { RegionOption } from '../../selectors/regions';

interface Props {
  regions: RegionOption[];
  region: string | null;
  beltAndRoadOnly: boolean;
  hasOfficeOnly: boolean;
  onRegion: (region: string | null) => void;
  onBeltAndRoad: (on: boolean) => void;
  onHasOffice: (on: boolean) => void;
}

/** Filters on the economy rather than the tie: UN region or subregion, Belt and Road, Hong Kong office. */
export function EconomyFilters(p: Props) {
  return (
    <fieldset className="filter-group">
      <legend>Economies</legend>
      <label className="filter-field">
        Region
        <select value={p.region ?? ''} onChange={(e) => p.onRegion(e.target.value || null)}>
          <option value="">All regions</option>
          {p.regions.map((r) => (
            <optgroup key={r.region} label={r.region}>
              <option value={r.region}>All of {r.region}</option>
              {r.subregions.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="filter-option">
        <input type="checkbox" checked={p.beltAndRoadOnly} onChange={(e) => p.onBeltAndRoad(e.target.checked)} />
        Belt and Road partners only
      </label>
      <label className="filter-option">
        <input type="checkbox" checked={p.hasOfficeOnly} onChange={(e) => p.onHasOffice(e.target.checked)} />
        Has a Hong Kong office
      </label>
    </fieldset>
  );
}
