/** Set by vite.config.ts at build time. */

/** SHA-256 (hex) of the public/data/atlas.json the bundle was built with. */
declare const __ATLAS_SHA256__: string;

/** The digest naming the map tiles' folder (data/build/vite-economy-tiles.ts). */
declare const __ECONOMY_TILES_VERSION__: string;
