import { useCallback, useMemo } from 'react';
import type { AtlasMapProps } from '../components/map/AtlasMap';
import { HONG_KONG, type Iso2 } from '../domain/primitives';
import type { Atlas, Tie } from '../domain/records';
import { economyHoverInfo } from '../selectors/hover-info';
import { hubArcs, labelPoints, layerScope, officeMarkers, placesByCode } from '../selectors/map-layers';
import type { EconomyFeatureState } from '../selectors/map-feature-states';
import { networkSummary, officeProfile } from '../selectors/network-summary';
import { officesOpenBy } from '../selectors/office-coverage';
import type { PartnerSummary } from '../selectors/partner-summaries';
import type { UiState } from '../state/ui-state';
import { formatters } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { mapImageCaption } from '../components/map/map-image-text';
import { useUiStore } from '../state/ui-store';

interface Inputs {
  atlas: Atlas | undefined;
  ui: UiState;
  ties: Tie[];
  summaries: ReadonlyMap<Iso2, PartnerSummary>;
  featureStates: ReadonlyMap<Iso2, EconomyFeatureState>;
  /** Economies marked for a moment (a hovered timeline year, a chosen mission), drawn like an office's coverage. */
  highlighted: ReadonlySet<Iso2>;
}

/**
 * Everything the map and the hub/office panels need. The GeoJSON layers depend on the data only
 * (built once per load); what follows the filters goes through feature-state.
 */
export function useMapView({ atlas, ui, ties, summaries, featureStates, highlighted }: Inputs) {
  const data = useMemo(() => {
    // The map stays hidden until the atlas is in: shapes and colours show in one go (a grey frame
    // first measured no faster, and each frame is read back on software WebGL).
    if (!atlas) return null;
    const places = placesByCode(atlas.geo);
    return {
      places,
      arcs: hubArcs(atlas.geo),
      labels: labelPoints(places, atlas.economies),
      economies: atlas.economies,
      scope: layerScope(atlas),
    };
  }, [atlas]);

  // Office markers follow the year as the "has an office" filter does: an office opened later is not drawn.
  // Keyed by which offices are open, so a year step that opens none keeps the same source data.
  const openKey = atlas
    ? officesOpenBy(atlas.offices, ui.year)
        .map((o) => o.officeId)
        .join()
    : '';
  const offices = useMemo(() => {
    const open = new Set(openKey.split(','));
    return atlas ? officeMarkers(atlas.offices.filter((o) => open.has(o.officeId))) : null;
  }, [atlas, openKey]);
  const layerData = useMemo(() => (data && offices ? { ...data, offices } : null), [data, offices]);

  const nameOf = formatters(ui.lang).economyName;
  const names = useMemo(() => new Map((atlas?.economies ?? []).map((e) => [e.iso2, nameOf(e)])), [atlas, nameOf]);
  const describeEconomy = useCallback((iso2: Iso2) => economyHoverInfo(iso2, names, summaries, HONG_KONG), [names, summaries]);
  const findOffice = useCallback((id: string) => atlas?.offices.find((o) => o.officeId === id), [atlas]);

  const office = useMemo(() => (atlas ? officeProfile(atlas, ui.office) : null), [atlas, ui.office]);
  const network = useMemo(() => networkSummary(summaries, ties, atlas?.offices ?? []), [summaries, ties, atlas]);
  const covered = useMemo(() => [...new Set([...(office?.covered.map((e) => e.iso2) ?? []), ...highlighted])], [office, highlighted]);
  // The camera frames a chosen mission's destinations, and "Zoom to matches" the filtered economies.
  const focus = useMemo(
    () => (ui.mission ? (atlas?.missions.find((x) => x.missionId === ui.mission)?.destinations ?? null) : null),
    [atlas, ui.mission],
  );
  const matches = useMemo(() => [...summaries.keys()], [summaries]);
  const knownOffices = useMemo(() => (atlas ? new Set(atlas.offices.map((o) => o.officeId)) : undefined), [atlas]);

  // Built when the picture is asked for: the link is the address at that moment.
  const imageCaption = useCallback(
    () => mapImageCaption(ui, MESSAGES[ui.lang], formatters(ui.lang), atlas?.asOf ?? '', window.location.href, atlas?.groupings),
    [ui, atlas],
  );

  const { select, selectOffice, setArcs, setOffices, setProjection } = useUiStore.getState();
  const mapProps: AtlasMapProps = {
    data: layerData,
    hub: HONG_KONG,
    states: featureStates,
    selected: ui.selected,
    office: ui.office,
    covered,
    focus,
    matches,
    options: { arcs: ui.arcs, offices: ui.offices, projection: ui.projection },
    actions: { setArcs, setOffices, setProjection },
    describeEconomy,
    findOffice,
    onSelect: select,
    onSelectOffice: selectOffice,
    imageCaption,
  };
  const hubEconomy = useMemo(() => atlas?.economies.find((e) => e.iso2 === HONG_KONG), [atlas]);
  return { mapProps, office, network, knownOffices, hubEconomy, isHubSelected: ui.selected === HONG_KONG };
}
