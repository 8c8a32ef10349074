import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from './citation';

const base = {
  title: 'Hong Kong Ties Atlas',
  version: '2026-12-05.100301fd',
  asOf: '2026-12-05',
  url: 'https://atlas.example/?economy=NZ',
  subject: 'New Zealand',
};

describe('Cite this', () => {
  it('gives a plain citation with the view, the data version and the as-of date', () => {
    expect(plainCitation(base)).toBe(
      'Hong Kong Ties Atlas (2026). Hong Kong Ties Atlas: ties between Hong Kong and New Zealand. Data version 2026-12-05.100301fd, as of 5 December 2026. https://atlas.example/?economy=NZ',
    );
    expect(plainCitation({ ...base, subject: null, url: 'https://atlas.example/?view=about' })).toBe(
      'Hong Kong Ties Atlas (2026). Hong Kong Ties Atlas. Data version 2026-12-05.100301fd, as of 5 December 2026. https://atlas.example/?view=about',
    );
  });

  it('gives a BibTeX entry with the version, the as-of date and a key of letters and digits', () => {
    expect(bibtexCitation(base)).toBe(
      [
        '@misc{hkTiesAtlas20261205NewZealand,',
        '  author = {{Hong Kong Ties Atlas}},',
        '  title = {{Hong Kong Ties Atlas: ties between Hong Kong and New Zealand}},',
        '  year = {2026},',
        '  version = {2026-12-05.100301fd},',
        '  note = {Data as of 2026-12-05},',
        '  url = {https://atlas.example/?economy=NZ},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes what BibTeX reads as markup in a name', () => {
    const entry = bibtexCitation({ ...base, subject: 'Trinidad & Tobago {50%}' });
    expect(entry).toContain('title = {{Hong Kong Ties Atlas: ties between Hong Kong and Trinidad \\& Tobago 50\\%}},');
    expect(entry.split('\n')[0]).toBe('@misc{hkTiesAtlas20261205TrinidadTobago50,');
  });
});
