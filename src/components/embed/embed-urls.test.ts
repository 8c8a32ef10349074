import { describe, expect, it } from 'vitest';
import { DEFAULT_UI_STATE } from '../../state/ui-state';
import { embedUrl, fullViewUrl, iframeCode } from './embed-urls';
import { iso2 } from '../../domain/primitives';

const base = 'https://atlas.example/';

describe('embed addresses', () => {
  it('links an embedded view to the same view in the full atlas', () => {
    const ui = { ...DEFAULT_UI_STATE, embed: 'timeline' as const, year: 2015 };
    expect(fullViewUrl(ui, base)).toBe('https://atlas.example/?year=2015');
  });

  it('embeds the current view as the map or one chart', () => {
    const ui = { ...DEFAULT_UI_STATE, selected: iso2('NZ') };
    expect(embedUrl(ui, 'map', base)).toBe('https://atlas.example/?economy=NZ&embed=1');
    expect(embedUrl(ui, 'counts', base)).toBe('https://atlas.example/?economy=NZ&embed=1&chart=counts');
  });

  it('writes an iframe with escaped attributes', () => {
    expect(iframeCode('https://a.example/?x=1&embed=1', 'Say "hi"')).toBe(
      '<iframe src="https://a.example/?x=1&amp;embed=1" title="Say &quot;hi&quot;" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });
});
