/**
 * The data build: data/sources/*.csv → validate → join to geometry → public/data/.
 *   npm run data:build   writes the outputs
 *   npm run data:check   rebuilds in memory and fails if the committed outputs differ (drift)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { atlasSchema } from '../../src/domain/records';
import { crossCheck } from './cross-checks';
import { DataBuildError } from './data-error';
import { buildEconomyGeometry } from './geometry';
import { atlasGeo, economyPlaces } from './map-geo';
import { HONG_KONG } from '../../src/domain/primitives';
import { assembleAtlas, renderOutputs } from './outputs';
import { readSources } from './read-sources';
import { checkStories } from './story-schema';
import { PREVIOUS_ATLAS, previousRelease } from './release';
import { timelineErrors } from './timeline-check';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** The release a build with this atlas.json is compared with: see release.ts. */
function previousAtlasIn(root: string, startNewRelease = false): (atlasJson: string) => string | null {
  return (atlasJson) =>
    previousRelease(
      atlasJson,
      readIfExists(join(root, 'public', 'data', 'atlas.json')),
      readIfExists(join(root, ...PREVIOUS_ATLAS)),
      startNewRelease,
    );
}

/**
 * Builds every output from a sources folder, compared with the releases kept under `root`.
 * Throws DataBuildError listing every bad row.
 */
export function buildData(sourcesDir: string, root = ROOT, startNewRelease = false): Record<string, string> {
  const sources = readSources(sourcesDir, root);
  const lastYear = Math.max(...[...sources.ties, ...sources.offices, ...sources.missions].map((l) => Number(l.record.checked.slice(0, 4))));
  const errors = [...sources.errors, ...crossCheck(sources), ...checkStories(sources, lastYear)];
  if (errors.length) throw new DataBuildError(errors);

  const atlas = atlasSchema.parse(assembleAtlas(sources));
  const timeline = timelineErrors(atlas);
  if (timeline.length) throw new DataBuildError(timeline);
  const inData = new Set<string>([
    ...atlas.ties.map((t) => t.partner),
    ...atlas.offices.flatMap((o) => [o.country, ...o.covers]),
    ...atlas.missions.flatMap((m) => m.destinations),
    ...atlas.beltAndRoad.map((b) => b.partner),
    'HK', // the hub is always drawn and clickable
  ]);
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const geojson = buildEconomyGeometry(
    topology,
    sources.economies.map((e) => e.record),
    inData,
  );
  // Anchors, camera boxes and arcs come from the geometry just built, so the app computes none.
  atlas.geo = atlasGeo(
    economyPlaces(geojson),
    atlas.ties.map((t) => t.partner),
    HONG_KONG,
  );
  const sourceFiles = Object.fromEntries(
    listFiles(sourcesDir)
      .filter((p) => p.endsWith('.csv'))
      .map((p) => [relative(root, p), readFileSync(p, 'utf8')]),
  );
  return renderOutputs(atlas, geojson, sourceFiles, previousAtlasIn(root, startNewRelease));
}

function main() {
  const check = process.argv.includes('--check');
  const startNewRelease = !check && process.argv.includes('--new-release');
  const outDir = join(ROOT, 'public', 'data');
  let files: Record<string, string>;
  try {
    files = buildData(join(ROOT, 'data', 'sources'), ROOT, startNewRelease);
  } catch (err) {
    console.error(err instanceof DataBuildError ? err.message : err);
    process.exit(1);
  }
  if (check) {
    const drift = Object.entries(files).filter(([name, text]) => {
      const path = join(outDir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    if (drift.length) {
      console.error(
        `data:check: public/data is out of date with data/sources (${drift.map(([n]) => n).join(', ')}). Run npm run data:build and commit.`,
      );
      process.exit(1);
    }
    console.log(`data:check: ${Object.keys(files).length} files up to date`);
    return;
  }
  // Kept for later builds: the previous release (moved on only by --new-release, see release.ts).
  const previous = previousAtlasIn(ROOT, startNewRelease)(files['atlas.json']);
  const kept = join(ROOT, ...PREVIOUS_ATLAS);
  if (previous !== null && previous !== readIfExists(kept)) {
    mkdirSync(dirname(kept), { recursive: true });
    writeFileSync(kept, previous);
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(
    `data:build: wrote ${Object.keys(files)
      .map((n) => `${n} (${Math.round(Buffer.byteLength(files[n]) / 1024)} KB)`)
      .join(', ')}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
