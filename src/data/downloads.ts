/** The published data files, as offered for download (same files the data build writes). */
const base = `${import.meta.env.BASE_URL}data/`;

export const DOWNLOADS = [
  { file: 'ties.csv', description: 'One row per tie and partner economy, with type, status, dates and official source' },
  { file: 'offices.csv', description: "Hong Kong's offices: ETOs overseas and in the Mainland, liaison units" },
  { file: 'missions.csv', description: 'Chief Executive-led business missions' },
  { file: 'economies.geojson', description: 'Boundaries and points of every economy the map draws (Natural Earth 50m)' },
  { file: 'atlas.json', description: 'Every record with notes, protocols, milestones and headline totals' },
  { file: 'manifest.json', description: 'As-of date, counts, file hashes and every source cited' },
].map((d) => ({ ...d, href: `${base}${d.file}` }));
