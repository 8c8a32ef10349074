/**
 * Builds what the benchmark serves: the app (vite build → dist/), the bare MapLibre reference page
 * (its own outDir), and the app again with an atlas.json holding 100 times the real ties.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export interface BuiltTargets {
  appDir: string;
  /** Temporary directory holding the reference build and the scaled copy; removed after the run. */
  workDir: string;
  referenceDir: string;
  scaledAppDir: string;
  /** Mount point of the reference page on the app's server. */
  referencePrefix: string;
  scale: number;
  tieCounts: { real: number; scaled: number };
}

const ROOT = resolve(import.meta.dirname, '../..');
export const REFERENCE_PREFIX = '/reference/';

interface AtlasLike {
  ties: { agreementId: string }[];
  [key: string]: unknown;
}

/** The real atlas with every tie repeated `scale` times, each copy under its own agreementId. */
export function scaleAtlas(atlas: AtlasLike, scale: number): AtlasLike {
  const ties = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const tie of atlas.ties) ties.push(copy === 0 ? tie : { ...tie, agreementId: `${tie.agreementId}-x${copy}` });
  }
  return { ...atlas, ties };
}

export async function buildTargets(scale: number): Promise<BuiltTargets> {
  const appDir = join(ROOT, 'dist');
  console.log('Building the app (vite build)…');
  await build({ root: ROOT, logLevel: 'warn' });

  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const referenceDir = join(work, 'reference');
  console.log('Building the bare MapLibre reference page…');
  await build({
    configFile: false,
    root: join(ROOT, 'e2e/bench/reference'),
    base: REFERENCE_PREFIX,
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: referenceDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });

  // The scaled app is built as a release of that data would be: the data build validates its atlas,
  // and the bundle carries that atlas's digest, so the browser takes it without validating it again
  // (src/data/fetch-validated.ts). BENCH_SCALED_UNBUILT=1 copies dist/ instead, so the altered atlas
  // is validated in full, as a page would after its atlas changed under a cached bundle.
  const scaledAppDir = join(work, `app-x${scale}`);
  const atlas = JSON.parse(readFileSync(join(appDir, 'data/atlas.json'), 'utf8')) as AtlasLike;
  const scaled = JSON.stringify(scaleAtlas(atlas, scale));
  if (process.env.BENCH_SCALED_UNBUILT === '1') {
    mkdirSync(scaledAppDir);
    cpSync(appDir, scaledAppDir, { recursive: true });
  } else {
    console.log(`Building the app for the ×${scale} atlas (vite build, its digest built in)…`);
    const digest = createHash('sha256').update(scaled).digest('hex');
    await build({
      root: ROOT,
      logLevel: 'warn',
      define: { __ATLAS_SHA256__: JSON.stringify(digest) },
      build: { outDir: scaledAppDir, emptyOutDir: true },
    });
  }
  const atlasPath = join(scaledAppDir, 'data/atlas.json');
  writeFileSync(atlasPath, scaled);
  const scaledTies = atlas.ties.length * scale;
  console.log(`Synthetic dataset: ${atlas.ties.length} ties × ${scale} = ${scaledTies} ties (${atlasPath})`);

  return {
    appDir,
    workDir: work,
    referenceDir,
    scaledAppDir,
    referencePrefix: REFERENCE_PREFIX,
    scale,
    tieCounts: { real: atlas.ties.length, scaled: scaledTies },
  };
}
