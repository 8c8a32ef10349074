import { useMemo } from 'react';
import { useAtlas } from '../data/atlas-query';
import type { Atlas } from '../domain/records';
import { officialView } from '../selectors/official-view';
import { useUiStore } from '../state/ui-store';
import { type StableView, useStableView } from './stable-view';

/** The atlas as it is shown: its data in, with what depends on it alone. */
export interface ReadyAtlas {
  phase: 'ready';
  /** With "official sources only", the atlas without tier-3 facts: map, charts, table, totals and downloads all follow. */
  atlas: Atlas;
  stable: StableView;
  /** Facts "official sources only" hides (0 when it is off). */
  hiddenFacts: number;
}

export type AtlasLoad = { phase: 'loading' } | { phase: 'failed'; error: Error } | ReadyAtlas;

const LOADING: AtlasLoad = { phase: 'loading' };

/** Where the atlas's data is: loading, failed (with a retry), or ready; one object per state, so memoised parts skip re-renders. */
export function useAtlasLoad(): { load: AtlasLoad; retry: () => void; retrying: boolean } {
  const query = useAtlas();
  const officialOnly = useUiStore((s) => s.officialOnly);
  const shown = useMemo(() => {
    const data = query.data;
    if (!data) return null;
    return officialOnly ? officialView(data) : { atlas: data, hiddenFacts: 0 };
  }, [query.data, officialOnly]);
  const stable = useStableView(shown?.atlas);
  const error = query.error;
  const load = useMemo((): AtlasLoad => {
    if (error) return { phase: 'failed', error };
    if (!shown || !stable) return LOADING;
    return { phase: 'ready', atlas: shown.atlas, stable, hiddenFacts: shown.hiddenFacts };
  }, [error, shown, stable]);
  const { refetch } = query;
  return { load, retry: () => void refetch(), retrying: query.isFetching };
}
