import { PUBLISHED_FILES } from '../domain/publication';

/** The published data files, as offered for download (same files the data build writes). */
const base = `${import.meta.env.BASE_URL}data/`;

export const DOWNLOADS = PUBLISHED_FILES.map((file) => ({
  file,
  href: `${base}${file}`,
}));
