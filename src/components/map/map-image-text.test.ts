import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { MESSAGES } from '../../i18n/messages';
import { DEFAULT_UI_STATE } from '../../state/ui-state';
import { LEGEND } from './map-style';
import { filterPhrases, mapImageCaption } from './map-image-text';

const en = MESSAGES.en;
const fmt = formatters('en');

describe('map picture text', () => {
  it('says the default view is today with the core tie types', () => {
    expect(filterPhrases(DEFAULT_UI_STATE, en, fmt)).toEqual(['Agreement types: FTA, IPPA, CDTA, AEO MRA', 'Today']);
  });

  it('names each active filter in words', () => {
    const ui = {
      ...DEFAULT_UI_STATE,
      types: ['fta' as const],
      typeRules: { cdta: 'not' as const },
      region: 'Europe',
      beltAndRoadOnly: true,
      officialOnly: true,
      year: 2015,
    };
    expect(filterPhrases(ui, en, fmt)).toEqual([
      'Agreement types: FTA',
      'Economies: CDTA: must not have',
      'Region: Europe',
      'Belt and Road partners only',
      en.sources.officialOnly,
      'End of 2015',
    ]);
  });

  it('gives the legend swatches in the map colours and the source with the as-of date', () => {
    const caption = mapImageCaption(DEFAULT_UI_STATE, en, fmt, '2026-11-30', 'https://example.org/?year=2015');
    expect(caption.legend.map((l) => l.colour)).toEqual([...LEGEND.inForce, LEGEND.pipeline, LEGEND.none, LEGEND.hub]);
    expect(caption.legend[6].label).toBe('Hong Kong, the hub');
    expect(caption.source).toBe('Source: Hong Kong Ties Atlas, data as of 30 Nov 2026');
    expect(caption.link).toBe('https://example.org/?year=2015');
  });

  it('is written in the interface language', () => {
    const caption = mapImageCaption(DEFAULT_UI_STATE, MESSAGES['zh-HK'], formatters('zh-HK'), '2026-11-30', 'x');
    expect(caption.title).toBe('香港聯繫地圖');
    expect(caption.source).toMatch(/^資料來源：香港聯繫地圖，資料截至2026年11月30日$/);
  });
});
