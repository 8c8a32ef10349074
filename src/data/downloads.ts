/** The published data files, as offered for download (same files the data build writes). */
const base = `${import.meta.env.BASE_URL}data/`;

export const DOWNLOADS = ['datapackage.json', 'ties.csv', 'offices.csv', 'missions.csv', 'economies.csv', 'economies.geojson', 'atlas.json', 'manifest.json', 'changes.csv'].map((file) => ({
  file,
  href: `${base}${file}`,
}));
