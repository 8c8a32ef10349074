/** Open-data conventions: cite a view, report a correction, embed a view, download the map as a picture. */
import { publishedAtlas, publishedChanges } from '../src/testing/published-data';
import { expect, openView, test } from './support/atlas-driver';

const changes = publishedChanges();

test.describe('Cite this', () => {
  test('the economy panel cites its own view with the data version and the as-of date', async ({ page }) => {
    await openView(page, '?view=table&economy=NZ');
    const cite = page.getByRole('region', { name: 'New Zealand' }).getByTestId('cite-this');
    await cite.getByText('Cite this').click();
    const url = page.url();
    const [y, m, d] = changes.asOf.split('-').map(Number);
    const longDate = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
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
    await expect(cite.getByRole('button', { name: '複製BibTeX' })).toBeVisible();
    // The data's licence, the one datapackage.json states.
    const licence = page.getByRole('link', { name: 'Creative Commons Attribution 4.0 International (CC-BY-4.0)' });
    await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  });
});

test.describe('Report a correction', () => {
  const atlas = publishedAtlas();

  test("each tie links to a new issue prefilled with the record id, each field's value and its source", async ({ page }) => {
    await openView(page, '?view=table&economy=NZ');
    const [fta] = atlas.ties.filter((t) => t.partner === 'NZ' && t.tieType === 'fta');
    const link = page.getByTestId(`tie-${fta.agreementId}`).getByRole('link', { name: 'Report a correction' });
    // The data version arrives with the manifest, after the atlas: the link gains it then.
    await expect(link).toHaveAttribute('href', new RegExp(`Data(%20|\\+)version(%3A|:)(%20|\\+)${changes.version}`));
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(href.searchParams.get('title')).toBe(`Correction: ${fta.agreementId} / NZ`);
    expect(href.searchParams.get('labels')).toBe('correction');
    const body = href.searchParams.get('body')!;
    expect(body).toContain(`Record: ${fta.agreementId} / NZ\n`);
    expect(body).toContain(`Data version: ${changes.version}\n`);
    expect(body).toContain(`| status | ${fta.status} | ${fta.statusSource} |`);
    expect(body).toContain(`| in_force | ${fta.inForce} | ${fta.inForceSource ?? fta.sourceUrl} |`);
  });
});
