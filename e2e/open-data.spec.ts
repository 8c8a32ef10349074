/** Open-data conventions: cite a view, report a correction, embed a view, download the map as a picture. */
import { readFileSync } from 'node:fs';
import { expect, openView, test } from './support/atlas-driver';

const changes = JSON.parse(readFileSync(new URL('../public/data/changes.json', import.meta.url), 'utf8'));

test.describe('Cite this', () => {
  test('the economy panel cites its own view with the data version and the as-of date', async ({ page }) => {
    await openView(page, '?view=table&economy=NZ');
    const cite = page.getByRole('region', { name: 'New Zealand' }).getByTestId('cite-this');
    await cite.getByText('Cite this').click();
    const url = page.url();
    const [y, m, d] = changes.asOf.split('-').map(Number);
    const longDate = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    await expect(cite.getByTestId('citation-plain')).toHaveText(
      `Hong Kong Ties Atlas (${y}). Hong Kong Ties Atlas: ties between Hong Kong and New Zealand. Data version ${changes.version}, as of ${longDate}. ${url}`,
    );
    const bibtex = await cite.getByTestId('citation-bibtex').textContent();
    expect(bibtex).toMatch(/^@misc\{hkTiesAtlas\d{8}NewZealand,\n/);
    expect(bibtex).toContain(`  version = {${changes.version}},\n`);
    expect(bibtex).toContain(`  note = {Data as of ${changes.asOf}},\n`);
    expect(bibtex).toContain(`  url = {${url}},\n`);
  });

  test('About cites the atlas as a whole; the citation stays English in the Chinese interface', async ({ page }) => {
    await openView(page, '?view=about&lang=zh-HK');
    const cite = page.getByTestId('cite-this').first();
    await cite.getByText('引用').first().click();
    await expect(cite.getByTestId('citation-plain')).toContainText(`Hong Kong Ties Atlas. Data version ${changes.version}, as of`);
    await expect(cite.getByTestId('citation-bibtex')).toContainText('title = {{Hong Kong Ties Atlas}},');
  });
});
