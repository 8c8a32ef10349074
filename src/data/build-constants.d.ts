/** Set by vite.config.ts at build time. */

/** SHA-256 (hex) of the public/data/atlas.json the bundle was built with. */
declare const __ATLAS_SHA256__: string;
