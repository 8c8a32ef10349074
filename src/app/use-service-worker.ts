import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { cacheDeeperTiles } from '../components/map/economy-tile-cache';

/**
 * Registers the service worker (vite-plugin-pwa with Workbox) once the first view is ready: it
 * precaches the app, the data files, both fonts and the world's map tiles, so a reload works
 * offline. Registering later keeps that download out of the first load. When a new release is
 * waiting, `update` activates it and reloads the page.
 */
/** Registered once per page, whatever the views the reader goes through. */
let registered = false;

export function useServiceWorker(enabled: boolean): { newRelease: boolean; update: () => void } {
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!enabled || registered || !import.meta.env.PROD) return;
    registered = true;
    let activate: ((reload?: boolean) => Promise<void>) | null = null;
    // The new release takes over (it claims the page) and the page reloads with it. Reloading on the
    // change of controller also covers a page opened before any service worker controlled it.
    const reloadWithNewRelease = () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      void activate?.(true);
    };
    activate = registerSW({
      immediate: true,
      onNeedRefresh: () => setUpdate(() => reloadWithNewRelease),
      onNeedReload: () => {},
      // Without a service worker (a browser or policy that refuses it) the app works as before, online.
      onRegisterError: () => {},
    });
    // The map's deeper tiles for offline use, a few at a time while the page is idle (not in the install).
    void cacheDeeperTiles();
  }, [enabled]);
  return { newRelease: update !== null, update: update ?? (() => {}) };
}
