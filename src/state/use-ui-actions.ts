import { useUiStore } from './ui-store';

/** The store's actions for components; stable references, so passing them down never re-renders. */
export const useUiActions = () => useUiStore.getState();
