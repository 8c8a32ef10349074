/**
 * How the atlas is published: its repository (where corrections are reported) and the terms of its
 * data. The README's "Licence, citation and corrections" says the same; a unit test keeps them together.
 */
/** Where "Report a correction" opens a new issue: set to the project's public repository when publishing. */
export const REPOSITORY_URL = 'https://github.com/hong-kong-ties-atlas/hong-kong-ties-atlas';

export const PUBLICATION = {
  title: 'Hong Kong Ties Atlas',
  name: 'hong-kong-ties-atlas',
  /** The compiled records; each fact's page keeps its own publisher's terms. */
  license: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;

/** The data files offered for download, as the data build writes them into public/data/. */
export const PUBLISHED_FILES = [
  'datapackage.json',
  'ties.csv',
  'offices.csv',
  'missions.csv',
  'economies.csv',
  'economies.geojson',
  'atlas.json',
  'manifest.json',
  'changes.csv',
] as const;
export type PublishedFile = (typeof PUBLISHED_FILES)[number];
