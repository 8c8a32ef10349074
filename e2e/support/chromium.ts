/**
 * Which Chromium the tests drive: Playwright's own build when this machine has one, else Debian's
 * /usr/bin/chromium (installed by e2e/support/ensure-browser.sh, since browser downloads are blocked).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL runs on SwiftShader in headless Chromium without a GPU.
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export function chromiumExecutable(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own build itself
  } catch {
    /* no bundled browser */
  }
  for (const path of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (path && existsSync(path)) return path;
  }
  throw new Error('No Chromium found: run `bash e2e/support/ensure-browser.sh` (installs Debian chromium).');
}
