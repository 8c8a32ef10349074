import { useEffect, useRef } from 'react';

/**
 * Escape closes the open economy or office panel and returns the focus to what opened it (the
 * search box, a table row's button, the map), else to the map area. Controls that use Escape
 * themselves (the search's list) prevent its default, and the panel then stays open.
 */
export function usePanelEscape(openKey: string | null, close: () => void, fallbackId: string): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // The first opener counts: moving from one economy to the next keeps where the reader came from.
    if (openKey && !opener.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!openKey) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const back = opener.current;
      opener.current = null;
      close();
      const target = back && back.isConnected && back !== document.body ? back : document.getElementById(fallbackId);
      // After React has removed the panel, so the focus is not lost with it.
      requestAnimationFrame(() => target?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openKey, close, fallbackId]);
  useEffect(() => {
    if (!openKey) opener.current = null;
  }, [openKey]);
}
