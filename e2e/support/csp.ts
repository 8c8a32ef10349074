/** The Content-Security-Policy the built page carries (its meta element), and what strict means for it. */
import { type Page, expect } from '@playwright/test';

/** The policy's directives, by name. */
export async function cspDirectives(page: Page): Promise<Map<string, string[]>> {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy, 'the page carries a Content-Security-Policy').toBeTruthy();
  return new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values] as [string, string[]]),
  );
}

/** Own origin only: nothing by default, scripts from the app's origin, and no unsafe-*, remote host or wildcard anywhere. */
export async function expectStrictPolicy(page: Page): Promise<Map<string, string[]>> {
  const directives = await cspDirectives(page);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  for (const [name, values] of directives)
    expect(
      values.filter((v) => /unsafe|https?:|\*/.test(v)),
      name,
    ).toEqual([]);
  return directives;
}
