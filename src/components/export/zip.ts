import { strToU8, zipSync } from 'fflate';

/** A zip of text files (UTF-8), dated `mtime`. Imported on demand: only a download needs it. */
export function zipTexts(files: Record<string, string>, mtime: Date): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
    mtime,
  }) as Uint8Array<ArrayBuffer>;
}
