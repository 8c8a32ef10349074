/**
 * Side effects only: keeps the store and the address bar in step. A user action pushes a history
 * entry; back/forward restores the state it recorded. The codec itself is pure (url-codec.ts).
 */
import { useEffect } from 'react';
import { parseUrlState, serializeUrlState } from './url-codec';
import { pickUiState, useUiStore } from './ui-store';

export function useUrlSync(knownEconomies: ReadonlySet<string> | undefined, knownOffices?: ReadonlySet<string>): void {
  useEffect(() => {
    const { restore } = useUiStore.getState();
    const parse = () => parseUrlState(window.location.search, knownEconomies, knownOffices);
    restore(parse());
    // Normalise the address: invalid parameters are dropped, valid ones kept.
    const canonical = serializeUrlState(pickUiState(useUiStore.getState()));
    if (canonical !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${canonical}${window.location.hash}`);

    const onPop = () => restore(parse());
    window.addEventListener('popstate', onPop);
    const unsubscribe = useUiStore.subscribe((state) => {
      const next = serializeUrlState(pickUiState(state));
      if (next !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [knownEconomies, knownOffices]);
}
