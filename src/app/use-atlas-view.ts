import { useMemo } from 'react';
import type { Atlas } from '../domain/records';
import { TIE_TYPES } from '../domain/tie-types';
import type { UiState } from '../state/ui-state';
import { countsByType } from '../selectors/chart-series';
import { filterTies } from '../selectors/filter-ties';
import { headlineChecks } from '../selectors/headline-counts';
import { mapFeatureStates } from '../selectors/map-feature-states';
import { partnerProfile } from '../selectors/partner-profile';
import { summarisePartners } from '../selectors/partner-summaries';

/** Derives every view model from the loaded atlas and the UI state; nothing derived is stored. */
export function useAtlasView(atlas: Atlas | undefined, ui: UiState) {
  const availableTypes = useMemo(() => TIE_TYPES.filter((t) => atlas?.ties.some((x) => x.tieType === t)), [atlas]);
  const ties = useMemo(() => (atlas ? filterTies(atlas.ties, { types: ui.types }) : []), [atlas, ui.types]);
  const summaries = useMemo(() => summarisePartners(ties), [ties]);
  const featureStates = useMemo(() => mapFeatureStates(summaries), [summaries]);
  const counts = useMemo(() => countsByType(ties, ui.types), [ties, ui.types]);
  const profile = useMemo(() => (atlas && ui.selected ? partnerProfile(atlas, ties, ui.selected) : null), [atlas, ties, ui.selected]);
  const checks = useMemo(() => (atlas ? headlineChecks(atlas) : []), [atlas]);
  const partners = useMemo(() => {
    if (!atlas) return [];
    const withTies = new Set(atlas.ties.map((t) => t.partner as string));
    return atlas.economies.filter((e) => withTies.has(e.iso2)).sort((a, b) => a.names.en.localeCompare(b.names.en));
  }, [atlas]);
  const known = useMemo(() => (atlas ? new Set(atlas.economies.map((e) => e.iso2 as string)) : undefined), [atlas]);
  return { availableTypes, ties, summaries, featureStates, counts, profile, checks, partners, known };
}
