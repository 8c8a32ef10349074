import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { MESSAGES } from '../../i18n/messages';
import { DEFAULT_UI_STATE } from '../../state/ui-state';
import { chartCaption, filterPhrases, type ExportState } from './export-caption';

const en = MESSAGES.en;
const asean = { groupingId: 'asean', names: { en: 'ASEAN', zhHK: '東盟', zhCN: '东盟' } };
const state = (ui: Partial<ExportState['ui']> = {}): ExportState => ({
  ui: { ...DEFAULT_UI_STATE, ...ui },
  asOf: '2026-11-30',
  groupings: [asean],
});
const legend = [{ colour: '#2b7bba', label: 'Agreements' }];

describe('export captions', () => {
  it('title the chart, name the default filters and today, and end with the source and the link', () => {
    const caption = chartCaption(
      { title: 'Agreements and partner economies by type', legend },
      state(),
      en,
      formatters('en'),
      'https://example.org/?view=atlas',
    );
    expect(caption).toEqual({
      title: 'Agreements and partner economies by type',
      subtitle: ['Agreement types: FTA, IPPA, CDTA, AEO MRA', 'Today'],
      legend,
      source: 'Source: Hong Kong Ties Atlas, data as of 30 Nov 2026',
      link: 'https://example.org/?view=atlas',
    });
  });

  it("put the chart's own phrases first, then every active filter and the year", () => {
    const caption = chartCaption(
      { title: 'Ties per year, cumulative', legend, extra: ['Years shown: 2005–2015'] },
      state({ types: ['fta'], grouping: 'asean', hasOfficeOnly: true, year: 2015 }),
      en,
      formatters('en'),
      'x',
    );
    expect(caption.subtitle).toEqual([
      'Years shown: 2005–2015',
      'Agreement types: FTA',
      'Grouping: ASEAN',
      'Covered by a Hong Kong office',
      'End of 2015',
    ]);
  });

  it('name a grouping in the interface language, and a grouping the data lacks by its id', () => {
    expect(filterPhrases({ ...DEFAULT_UI_STATE, grouping: 'asean' }, MESSAGES['zh-HK'], formatters('zh-HK'), [asean])).toContain(
      '經濟組織：東盟',
    );
    expect(filterPhrases({ ...DEFAULT_UI_STATE, grouping: 'efta' }, en, formatters('en'), [asean])).toContain('Grouping: efta');
  });

  it('punctuate Chinese phrases the Chinese way: a full-width colon and 、 between items', () => {
    const ui = { ...DEFAULT_UI_STATE, types: ['fta', 'cdta'] as const, statuses: ['in_force', 'signed'] as const };
    const zh = filterPhrases({ ...ui, types: [...ui.types], statuses: [...ui.statuses] }, MESSAGES['zh-HK'], formatters('zh-HK'));
    expect(zh[0]).toBe('協定類別：自貿協定、全面性稅務協定');
    expect(zh.join(' ')).not.toMatch(/[:,]/);
    const english = filterPhrases({ ...ui, types: [...ui.types], statuses: [...ui.statuses] }, en, formatters('en'));
    expect(english[0]).toBe('Agreement types: FTA, CDTA');
  });

  it('are written in the interface language', () => {
    const caption = chartCaption({ title: '時間線', legend }, state({ year: 2010 }), MESSAGES['zh-HK'], formatters('zh-HK'), 'x');
    expect(caption.subtitle.at(-1)).toBe('2010年底');
    expect(caption.source).toBe('資料來源：香港聯繫地圖，資料截至2026年11月30日');
  });
});
