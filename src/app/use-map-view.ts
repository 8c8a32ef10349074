import { useCallback, useMemo } from 'react';
import type { AtlasMapProps } from '../components/map/AtlasMap';
import type { StoryFrame } from '../components/map/use-story-camera';
import { HONG_KONG } from '../domain/iso2';
import type { Iso2 } from '../domain/primitives';
import type { Atlas, Tie } from '../domain/records';
import { economyHoverInfo } from '../selectors/hover-info';
import { hubArcs, layerScope, officeMarkers, placesByCode } from '../selectors/map-layers';
import type { EconomyFeatureState } from '../selectors/map-feature-states';
import { type NetworkSummary, type OfficeProfile, networkSummary, officeProfile } from '../selectors/network-summary';
import type { TieNumbers } from '../selectors/tie-numbers';
import { officesOpenBy } from '../selectors/office-coverage';
import type { PartnerSummary } from '../selectors/partner-summaries';
import { formatters } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { mapImageCaption } from '../components/map/map-image-text';
import { select, selectOffice, setArcs, setOffices, setProjection } from '../state/ui-actions';
import { getUiState, useUiPick } from '../state/ui-store';
import { useLang } from '../state/use-lang';

interface Inputs {
  atlas: Atlas | undefined;
  ties: Tie[];
  tieNumbers: TieNumbers;
  summaries: ReadonlyMap<Iso2, PartnerSummary>;
  featureStates: ReadonlyMap<Iso2, EconomyFeatureState>;
  /** Economies marked for a moment (a hovered timeline year, a chosen mission, a story step), drawn like an office's coverage. */
  highlighted: ReadonlySet<Iso2>;
  /** A story step's camera. */
  frame: StoryFrame | null;
}

/** The map's props (one object while nothing it shows changes) and what the hub and office panels show. */
export interface MapViewModel {
  mapProps: Omit<AtlasMapProps, 'onFirstIdle'>;
  office: OfficeProfile | null;
  network: NetworkSummary;
  isHubSelected: boolean;
}

const MAP_KEYS = ['selected', 'office', 'mission', 'year', 'arcs', 'offices', 'projection'] as const;
const OPTION_ACTIONS = { setArcs, setOffices, setProjection };

/** Built when the picture is asked for: the state and the link are those of that moment. */
const captionFor = (atlas: Atlas | undefined) => () => {
  const ui = getUiState();
  return mapImageCaption(ui, MESSAGES[ui.lang], formatters(ui.lang), atlas?.asOf ?? '', window.location.href, atlas?.groupings);
};

/**
 * Everything the map and the hub/office panels need. The GeoJSON layers depend on the data only
 * (built once per load); what follows the filters goes through feature-state.
 */
export function useMapView({ atlas, ties, tieNumbers, summaries, featureStates, highlighted, frame }: Inputs): MapViewModel {
  const { selected, office: officeId, mission, year, arcs, offices, projection } = useUiPick(MAP_KEYS);
  const lang = useLang();
  const data = useMemo(() => {
    // The map stays hidden until the atlas is in: shapes and colours show in one go (a grey frame
    // first measured no faster, and each frame is read back on software WebGL).
    if (!atlas) return null;
    const places = placesByCode(atlas.geo);
    return {
      places,
      arcs: hubArcs(atlas.geo),
      economies: atlas.economies,
      scope: layerScope(atlas),
    };
  }, [atlas]);

  // Office markers follow the year as the "has an office" filter does: an office opened later is not drawn.
  // Keyed by which offices are open, so a year step that opens none keeps the same source data.
  const openKey = atlas
    ? officesOpenBy(atlas.offices, year)
        .map((o) => o.officeId)
        .join()
    : '';
  const openOffices = useMemo(() => {
    const open = new Set(openKey.split(','));
    return atlas ? officeMarkers(atlas.offices.filter((o) => open.has(o.officeId))) : null;
  }, [atlas, openKey]);
  const layerData = useMemo(() => (data && openOffices ? { ...data, offices: openOffices } : null), [data, openOffices]);

  const names = useMemo(() => {
    const nameOf = formatters(lang).economyName;
    return new Map((atlas?.economies ?? []).map((e) => [e.iso2, nameOf(e)]));
  }, [atlas, lang]);
  const describeEconomy = useCallback((iso2: Iso2) => economyHoverInfo(iso2, names, summaries, HONG_KONG), [names, summaries]);
  const findOffice = useCallback((id: string) => atlas?.offices.find((o) => o.officeId === id), [atlas]);

  const office = useMemo(() => (atlas ? officeProfile(atlas, officeId) : null), [atlas, officeId]);
  const network = useMemo(() => networkSummary(summaries, ties, atlas?.offices ?? [], tieNumbers), [summaries, ties, atlas, tieNumbers]);
  const covered = useMemo(() => [...new Set([...(office?.covered.map((e) => e.iso2) ?? []), ...highlighted])], [office, highlighted]);
  // The camera frames a chosen mission's destinations, and "Zoom to matches" the filtered economies.
  const focus = useMemo(
    () => (mission ? (atlas?.missions.find((x) => x.missionId === mission)?.destinations ?? null) : null),
    [atlas, mission],
  );
  const matches = useMemo(() => [...summaries.keys()], [summaries]);
  const imageCaption = useMemo(() => captionFor(atlas), [atlas]);
  const options = useMemo(() => ({ arcs, offices, projection }), [arcs, offices, projection]);

  const mapProps = useMemo(
    () => ({
      data: layerData,
      hub: HONG_KONG,
      states: featureStates,
      selected,
      office: officeId,
      covered,
      focus,
      matches,
      options,
      actions: OPTION_ACTIONS,
      describeEconomy,
      findOffice,
      onSelect: select,
      onSelectOffice: selectOffice,
      frame,
      imageCaption,
    }),
    [layerData, featureStates, selected, officeId, covered, focus, matches, options, describeEconomy, findOffice, frame, imageCaption],
  );
  return { mapProps, office, network, isHubSelected: selected === HONG_KONG };
}
