import type { PluginCreator } from 'postcss';

/**
 * MapLibre's controls the atlas never adds (map-controls.tsx adds the zoom buttons, without the
 * compass, and the compact credit). Their rules in maplibre-gl.css are mostly inline SVG icons:
 * about 52 kB of the 71 kB file, 6 kB of the first load gzipped. Adding one of these controls means
 * taking it off this list.
 */
export const UNUSED_MAPLIBRE_CONTROLS = ['geolocate', 'fullscreen', 'shrink', 'terrain', 'globe', 'compass', 'logo', 'scale'];

const unused = new RegExp(`\\.maplibregl-ctrl-(${UNUSED_MAPLIBRE_CONTROLS.join('|')})(?![\\w-])`);
const unusedVariant = new RegExp(`\\.maplibregl-ctrl-(${UNUSED_MAPLIBRE_CONTROLS.join('|')})-[\\w-]+`);
const isUnused = (selector: string) => unused.test(selector) || unusedVariant.test(selector);

/**
 * A PostCSS plugin for the build (vite.config.ts): drops the selectors of maplibre-gl.css that
 * name only controls the atlas does not add, and the rules left with none. Other stylesheets pass
 * through as they are.
 */
export const dropUnusedMaplibreControls: PluginCreator<void> = () => ({
  postcssPlugin: 'drop-unused-maplibre-controls',
  Rule(rule) {
    if (!rule.source?.input.file?.replace(/\\/g, '/').endsWith('maplibre-gl/dist/maplibre-gl.css')) return;
    const kept = rule.selectors.filter((selector) => !isUnused(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  },
});
dropUnusedMaplibreControls.postcss = true;
