import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import compression from 'compression';
import { VitePWA } from 'vite-plugin-pwa';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dropUnusedMaplibreControls } from './src/components/map/maplibre-css.ts';
import { economyTiles } from './data/build/vite-economy-tiles.ts';
import { ECONOMY_TILE_CACHE, ECONOMY_TILE_DIR, PRECACHED_TILE_MAX_ZOOM } from './src/components/map/economy-tiles.ts';

/**
 * The Content-Security-Policy of the built app: everything from its own origin, nothing remote,
 * no inline or eval'd script. Checked against what the app really needs (e2e fails on any violation):
 * - script-src/worker-src 'self': the bundle and MapLibre's worker, a same-origin module
 *   (src/components/map/maplibre.ts sets its URL, so MapLibre needs no blob: worker);
 * - style-src 'self': the stylesheet is a file; React, MapLibre and Recharts set styles through
 *   the DOM (element.style), which CSP does not restrict, so no 'unsafe-inline';
 * - img-src data:: MapLibre's control icons are data: SVGs in its stylesheet.
 * frame-ancestors cannot be set from a <meta> element: a server in front of dist/ should send
 * this policy as a header, plus `frame-ancestors 'none'` (or, to allow embedding with `?embed=1`,
 * the hosts' origins, e.g. `frame-ancestors https://example-news.com`; see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Build only: the dev server needs inline scripts for React Fast Refresh. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The static shell's language script (public/shell-lang.js, see src/app/static-shell.ts): a classic
 * script, so it runs before the body is parsed. Added here rather than in index.html, where Vite
 * would warn that it cannot bundle a script without type="module".
 */
function shellLanguage(): Plugin {
  return {
    name: 'atlas-shell-language',
    transformIndexHtml: { order: 'post', handler: () => [{ tag: 'script', attrs: { src: '/shell-lang.js' }, injectTo: 'head' }] },
  };
}

/**
 * `npm start` (vite preview) compresses what it serves, as any real host does: without it the
 * bundle alone crossed the wire as 1.6 MB instead of about 0.5. gzip to browsers (the middleware
 * prefers it when Brotli is offered too; Brotli only to a client asking for Brotli alone). The
 * map's tiles are compressed too (the world's tile 28 → 21 kB): `compression`'s own list skips
 * them, since a tile is sent with no text type.
 */
function previewCompression(): Plugin {
  const tile = /\.pbf(\?|$)/;
  return {
    name: 'atlas-preview-compression',
    configurePreviewServer(server) {
      const compress = compression({ filter: (req, res) => tile.test(req.url ?? '') || compression.filter(req, res) });
      // Its types name Express's request; the middleware itself reads only Node's.
      server.middlewares.use(compress as unknown as Connect.NextHandleFunction);
    },
  };
}

/**
 * The service worker (Workbox, through vite-plugin-pwa): precaches the app, the data files, the
 * shell's script and both fonts, so a reload works offline; a new release waits until the reader
 * chooses to reload (src/app/use-service-worker.ts registers it, after the first view). No inline
 * script: the app registers it from its bundle, so the CSP is unchanged.
 */
const serviceWorker = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Hong Kong Ties Atlas',
      short_name: 'HK Ties Atlas',
      description:
        "Hong Kong's free trade, investment, tax and customs agreements, offices and missions on one map, with official sources.",
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The world's tiles too (zooms 0–2: 21 files). The deeper zooms' 320 files held the install for
      // seconds after the first view: the page asks for them while idle, and the route below keeps
      // them (src/components/map/economy-tile-cache.ts), so the map still works offline at any zoom.
      globPatterns: [
        '**/*.{html,js,mjs,css,woff,woff2,svg}',
        'data/*.{json,geojson,csv}',
        `${ECONOMY_TILE_DIR}/*/[0-${PRECACHED_TILE_MAX_ZOOM}]/*/*.pbf`,
      ],
      runtimeCaching: [
        {
          urlPattern: new RegExp(`/${ECONOMY_TILE_DIR}/[0-9a-f]+/\\d+/\\d+/\\d+\\.pbf$`),
          handler: 'CacheFirst',
          options: { cacheName: ECONOMY_TILE_CACHE },
        },
      ],
      // The app bundle (maplibre included) and the geometry are larger than Workbox's 2 MB default.
      maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      // A release activated by the reader's Reload takes the page over at once.
      clientsClaim: true,
    },
  });

/**
 * The SHA-256 of the atlas the data build validated (public/data/atlas.json), built into the app:
 * the app skips validating a download with this digest again (src/data/fetch-validated.ts).
 */
const atlasDigest = () =>
  createHash('sha256')
    .update(readFileSync(new URL('./public/data/atlas.json', import.meta.url)))
    .digest('hex');

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    shellLanguage(),
    economyTiles(new URL('./public/data/economies.geojson', import.meta.url)),
    serviceWorker(),
    previewCompression(),
  ],
  define: { __ATLAS_SHA256__: JSON.stringify(atlasDigest()) },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  css: { postcss: { plugins: [dropUnusedMaplibreControls()] } },
  build: {
    target: 'es2022',
    // maplibre-gl is one large module by nature; keep the warning for everything else.
    chunkSizeWarningLimit: 1100,
    // Fonts stay files: the CSP allows fonts only from 'self' (no data:), and a face inlined into
    // the stylesheet would be downloaded even where its unicode-range is never used.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
    // Some tests build the whole atlas (about 1 s alone); on a shared 2-core machine that can pass 5 s.
    // Timeouts here guard against hangs, not speed: speed is measured by npm run bench.
    testTimeout: 30_000,
  },
});
