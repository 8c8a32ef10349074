/**
 * Writes the static shell into index.html and its language script to public/shell-lang.js, from
 * the interface messages (npm run shell:build). `--check` fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellLangScript, withStaticShell } from '../../src/app/static-shell';
import { MESSAGES } from '../../src/i18n/messages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const INDEX_HTML = join(ROOT, 'index.html');
export const SHELL_SCRIPT = join(ROOT, 'public', 'shell-lang.js');

/** What each file should hold. */
export function shellFiles(): { path: string; text: string }[] {
  return [
    { path: INDEX_HTML, text: withStaticShell(readFileSync(INDEX_HTML, 'utf8'), MESSAGES) },
    { path: SHELL_SCRIPT, text: shellLangScript(MESSAGES) },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path, text } of shellFiles()) writeFileSync(path, text);
  console.log('Wrote the static shell to index.html and public/shell-lang.js.');
}
