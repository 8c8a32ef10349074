/**
 * Builds what the benchmark serves: the app (vite build → dist/), the bare MapLibre reference page
 * (its own outDir), and a copy of dist/ whose atlas.json holds 100 times the real ties.
 */
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

  const scaledAppDir = join(work, `app-x${scale}`);
  mkdirSync(scaledAppDir);
  cpSync(appDir, scaledAppDir, { recursive: true });
  const atlasPath = join(scaledAppDir, 'data/atlas.json');
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as AtlasLike;
  const scaled = scaleAtlas(atlas, scale);
  writeFileSync(atlasPath, JSON.stringify(scaled));
  console.log(`Synthetic dataset: ${atlas.ties.length} ties × ${scale} = ${scaled.ties.length} ties (${atlasPath})`);

  return {
    appDir,
    workDir: work,
    referenceDir,
    scaledAppDir,
    referencePrefix: REFERENCE_PREFIX,
    scale,
    tieCounts: { real: atlas.ties.length, scaled: scaled.ties.length },
  };
}
