import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropUnusedMaplibreControls, UNUSED_MAPLIBRE_CONTROLS } from './maplibre-css';

const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const original = readFileSync(file, 'utf8');
const trimmed = postcss([dropUnusedMaplibreControls()]).process(original, { from: file }).css;
const selectors = (css: string) => {
  const out: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    out.push(...rule.selectors);
  });
  return out;
};

describe("the build's trim of maplibre-gl.css", () => {
  it('keeps no selector of a control the atlas does not add', () => {
    for (const control of UNUSED_MAPLIBRE_CONTROLS)
      expect(selectors(trimmed).filter((s) => s.includes(`maplibregl-ctrl-${control}`))).toEqual([]);
  });

  it('keeps every other selector, with its declarations: the zoom buttons and the credit keep their icons', () => {
    const used = (s: string) => !UNUSED_MAPLIBRE_CONTROLS.some((control) => s.includes(`maplibregl-ctrl-${control}`));
    expect(selectors(trimmed)).toEqual(selectors(original).filter(used));
    for (const control of ['zoom-in', 'zoom-out', 'attrib-button'])
      expect(trimmed).toMatch(new RegExp(`maplibregl-ctrl-${control}[^{]*\\{[^}]*background-image:url\\("data:image/svg`));
    expect(trimmed.length).toBeLessThan(original.length / 2);
  });

  it('leaves other stylesheets as they are', () => {
    const css = '.maplibregl-ctrl-geolocate .x{color:red}';
    expect(postcss([dropUnusedMaplibreControls()]).process(css, { from: '/app/src/app/styles.css' }).css).toBe(css);
  });
});
