/**
 * "Cite this": a plain citation and a BibTeX entry for the atlas or one economy's view, naming the
 * data version and its as-of date so a reader can find the exact release that was cited. Always in
 * English, the language of the records and of most reference managers.
 */
export interface CitationInput {
  title: string;
  /** The economy the view is about (its English name), or null for the atlas as a whole. */
  subject: string | null;
  version: string;
  asOf: string;
  /** The address of the cited view. */
  url: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Escapes what BibTeX would read as markup; braces keep capitals as written. */
function bibtexText(text: string): string {
  return text
    .replace(/[\\{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function citationTitle(c: CitationInput): string {
  return c.subject ? `${c.title}: ties between Hong Kong and ${c.subject}` : c.title;
}

export function plainCitation(c: CitationInput): string {
  return `${c.title} (${c.asOf.slice(0, 4)}). ${citationTitle(c)}. Data version ${c.version}, as of ${longDate(c.asOf)}. ${c.url}`;
}

export function bibtexCitation(c: CitationInput): string {
  const key = `hkTiesAtlas${c.asOf.replace(/-/g, '')}${c.subject ? c.subject.replace(/[^A-Za-z0-9]/g, '') : ''}`;
  return [
    `@misc{${key},`,
    `  author = {{${bibtexText(c.title)}}},`,
    `  title = {{${bibtexText(citationTitle(c))}}},`,
    `  year = {${c.asOf.slice(0, 4)}},`,
    `  version = {${c.version}},`,
    `  note = {Data as of ${c.asOf}},`,
    `  url = {${c.url}},`,
    '}',
  ].join('\n');
}
