/**
 * Side effects only: keeps the store and the address bar in step. A discrete user action pushes a
 * history entry; the slider, Play and the brush replace it (history-entry.ts); back/forward
 * restores the state an entry recorded. The codec itself is pure (url-codec.ts).
 */
import { useEffect } from 'react';
import { type UrlContext, parseUrlState, serializeUrlState } from './url-codec';
import { historyEntryFor } from './history-entry';
import { getUiState, useUiStore } from './ui-store';
import { restore } from './ui-actions';

export function useUrlSync(context: UrlContext | undefined): void {
  useEffect(() => {
    // Wait for the data: which economies and regions exist decides what the URL may select.
    if (!context) return;
    restore(parseUrlState(window.location.search, context));
    // Normalise the address: invalid parameters are dropped, valid ones kept.
    const canonical = serializeUrlState(getUiState());
    if (canonical !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${canonical}${window.location.hash}`);

    const onPop = () => restore(parseUrlState(window.location.search, context));
    window.addEventListener('popstate', onPop);
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      const next = serializeUrlState(state);
      if (next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (historyEntryFor(previous, state) === 'replace') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [context]);
}
