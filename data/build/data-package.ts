/**
 * public/data/datapackage.json: the published CSVs described as a Frictionless Tabular Data Package
 * (field types, allowed values, keys, licence, sources), so tools that read the standard can load
 * and check them without reading this project's code.
 */
import type { Atlas } from '../../src/domain/records';
import { PUBLICATION } from '../../src/domain/publication';
import { SOURCE_HOSTS, sourceHostOf } from '../../src/domain/source-hosts';
import { citedSources } from '../../src/selectors/cited-sources';
import { TABLE_SCHEMAS } from './table-schemas';

const RESOURCES = [
  { name: 'ties', title: 'Agreements between Hong Kong and each partner economy, one row per agreement and partner' },
  { name: 'offices', title: 'Hong Kong’s Economic and Trade Offices and other offices, with the economies they cover' },
  { name: 'missions', title: 'Chief Executive-led business missions' },
  { name: 'economies', title: 'Economies named by ISO code in the other tables' },
] as const;

/** The publishers whose pages the records cite, each once, in the order of the host list (tier 1 first). */
function citedPublishers(atlas: Atlas) {
  const used = new Set(citedSources(atlas).map((u) => sourceHostOf(u)?.host));
  return SOURCE_HOSTS.filter((h) => used.has(h.host)).map((h) => ({
    title: `${h.publisher} (tier ${h.tier})`,
    path: `https://${h.host}/`,
  }));
}

export function dataPackage(atlas: Atlas, hashes: Record<string, string>, version: string): object {
  return {
    profile: 'tabular-data-package',
    name: PUBLICATION.name,
    title: PUBLICATION.title,
    description:
      'Hong Kong’s economic agreements (FTAs, IPPAs, CDTAs, customs AEO arrangements and further types), its offices and the Chief Executive’s missions, each fact with the page that states it. Sources are in tiers: 1 the Hong Kong government, 2 a partner government or intergovernmental register, 3 a reputable secondary publisher.',
    version,
    created: `${atlas.asOf}T00:00:00Z`,
    keywords: ['Hong Kong', 'trade agreements', 'double taxation', 'investment agreements', 'Economic and Trade Offices'],
    licenses: [PUBLICATION.license],
    sources: citedPublishers(atlas),
    resources: RESOURCES.map(({ name, title }) => ({
      name,
      path: `${name}.csv`,
      title,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      hash: `sha256:${hashes[`${name}.csv`]}`,
      schema: TABLE_SCHEMAS[name],
    })),
  };
}
