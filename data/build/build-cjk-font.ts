/**
 * Builds the Chinese font subset the app ships (npm run fonts:build), so Chinese text and map
 * labels render on machines with no CJK fonts, loading only the glyphs the app uses.
 * Source: Droid Sans Fallback (Apache License 2.0), Debian package fonts-droid-fallback.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { usedCjkChars } from './cjk-chars';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
export const CJK_FONT = join(ROOT, 'src/assets/fonts/atlas-cjk.woff2');
export const CJK_CHARS = join(ROOT, 'src/assets/fonts/atlas-cjk.chars.txt');

async function main() {
  if (!existsSync(SOURCE)) {
    console.error(`fonts:build needs ${SOURCE}: apt-get install fonts-droid-fallback`);
    process.exit(1);
  }
  const chars = usedCjkChars(ROOT);
  const font = await subsetFont(readFileSync(SOURCE), chars.join(''), { targetFormat: 'woff2' });
  writeFileSync(CJK_FONT, font);
  writeFileSync(CJK_CHARS, `${chars.join('')}\n`);
  console.log(`fonts:build: ${chars.length} characters, ${Math.round(font.length / 1024)} KB woff2`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
