/**
 * How the atlas is published: its repository (where corrections are reported) and the terms of its
 * data. One place to change when the project moves or the licence is decided otherwise.
 */
export const REPOSITORY_URL = 'https://github.com/hong-kong-ties-atlas/hong-kong-ties-atlas';

export const PUBLICATION = {
  title: 'Hong Kong Ties Atlas',
  name: 'hong-kong-ties-atlas',
  /** The compiled records; each fact's page keeps its own publisher's terms. */
  license: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
