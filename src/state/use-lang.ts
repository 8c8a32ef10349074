import { useUiStore } from './ui-store';

export const useLang = () => useUiStore((s) => s.lang);
