/**
 * Which Chromium the tests drive: Playwright's own build when this machine has one, else Debian's
 * /usr/bin/chromium (installed by e2e/support/ensure-browser.sh, since browser downloads are blocked).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The features Playwright (1.65) turns off itself, in chromiumSwitches.ts. Chromium keeps only the
 * last --disable-features switch it is given, and Playwright puts ours after its own, so ours must
 * name these too (e2e/harness.spec.ts fails when Playwright's list changes).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Debian's Chromium runs headless as the full browser, so each new context opens a window whose
 * address bar loads two pages of its own (chrome://omnibox-popup.top-chrome/ and its AI-mode
 * variant) in a renderer beside the app's: about 1.4 s of CPU on each test's page load, on a machine
 * with two cores, and the load to the complete map took about 13 % longer for it (Playwright's own
 * headless shell has no address bar, and ignores these names).
 */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
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
