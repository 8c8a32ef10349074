/**
 * Text from the data stays text, and the built app runs under a strict Content-Security-Policy.
 */
import { expect, openAt, test, withoutWebGL } from './support/atlas-driver';
import type { Atlas } from '../src/domain/records';
import { publishedAtlas } from '../src/testing/published-data';
import { serveDataFile } from './support/data-files';
import { expectStrictPolicy } from './support/csp';

const NAME = `<img src="/xss-name.png" onerror="window.__xss='name'">Hong Kong–New Zealand <b>CEP</b>`;
const SEARCHED = `<script>window.__xss='searched'</script><iframe src="/xss-frame"></iframe>&lt;still text&gt;`;
const BLOC = `"><svg onload="window.__xss='bloc'">`;
const ECONOMY = `New Zealand <script>window.__xss='economy'</script>`;

function hostileAtlas(): Atlas {
  const atlas = publishedAtlas();
  const fta = atlas.ties.find((t) => t.agreementId === 'fta-nz')!;
  Object.assign(fta, { agreementName: NAME, searched: SEARCHED, bloc: BLOC });
  atlas.economies.find((e) => e.iso2 === 'NZ')!.names.en = ECONOMY;
  return atlas;
}

declare global {
  interface Window {
    __xss?: string;
  }
}

test.describe('text from the data is rendered as text only', () => {
  for (const mode of ['map', 'table'] as const) {
    test(`markup and script in a record show literally and never run (${mode})`, async ({ page, guards }) => {
      const injected: string[] = [];
      page.on('request', (r) => {
        if (/xss-/.test(r.url())) injected.push(r.url());
      });
      await serveDataFile(page, 'atlas.json', hostileAtlas());
      if (mode === 'table') await withoutWebGL(page, guards);
      await (mode === 'map' ? openAt(page, '?economy=NZ') : page.goto('/?economy=NZ'));

      const panel = page.getByRole('region', { name: ECONOMY });
      const tie = panel.getByTestId('tie-fta-nz');
      await expect(tie.getByText(`${NAME} · with ${BLOC}`, { exact: true })).toBeVisible();
      await expect(tie.locator('[data-field="searched"]')).toHaveText(`Not found: ${SEARCHED}`);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ECONOMY);
      // The search suggestions render the same hostile name as text.
      await page.getByRole('combobox', { name: 'Find an economy' }).fill('NZ');
      await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first()).toContainText(ECONOMY);
      await page.keyboard.press('Escape');
      if (mode === 'table') await expect(page.locator('tr[data-iso2="NZ"] th')).toHaveText(ECONOMY);
      // Nothing from the data became an element, ran, or loaded.
      await expect(page.locator('main img, main script, main iframe, main svg[onload], main b')).toHaveCount(0);
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
      expect(injected).toEqual([]);
    });
  }
});

test.describe('Content-Security-Policy of the built app', () => {
  test('is strict: own origin only, no inline or eval script', async ({ page }) => {
    await openAt(page);
    const directives = await expectStrictPolicy(page);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  test('blocks an injected inline script and eval, and reports the violations', async ({ page, guards }) => {
    guards.allowConsoleErrors(
      /^(Executing inline script|Evaluating a string as JavaScript) violates the following Content Security Policy directive/,
    );
    await openAt(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = "window.__xss = 'inline'";
      document.body.append(script);
      // A string handed to a timer is eval'd by the page itself (code run by the test harness
      // is exempt from the policy, so `new Function` here would prove nothing).
      (window.setTimeout as unknown as (code: string, ms: number) => number)("window.__xss = 'timer'", 0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      return window.__xss;
    });
    expect(outcome).toBeUndefined();
    await expect
      .poll(() => guards.cspViolations.slice().sort())
      .toEqual([expect.stringMatching(/^script-src blocked eval/), expect.stringMatching(/^script-src-elem blocked inline/)]);
    guards.cspViolations.length = 0; // provoked on purpose; any other violation still fails the test
  });
});
