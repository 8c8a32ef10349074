import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Economy, EconomyPlace } from '../../domain/records';
import { makeEconomy } from '../../testing/test-factories';
import { chineseLabelCharacters, drawChineseGlyphsAhead } from './use-chinese-glyphs-ahead';

const economy = (iso2: string, zhHK: string, zhCN: string): Economy => {
  const e = makeEconomy(iso2, iso2);
  return { ...e, names: { ...e.names, zhHK, zhCN } };
};

/** A map whose glyph manager records each request, as MapLibre's worker would make it. */
function mapWithGlyphManager() {
  const requests: Record<string, Record<string, string[]>>[] = [];
  const map = {
    style: { glyphManager: { getGlyphs: (r: Record<string, Record<string, string[]>>) => (requests.push(r), Promise.resolve({})) } },
  };
  return { map: map as unknown as MaplibreMap, requests };
}

describe('the Chinese label glyphs drawn ahead', () => {
  it('lists each Chinese character of the labelled economies once, Traditional and Simplified, and no Latin one', () => {
    const economies = [
      economy('TH', '泰國', '泰国'),
      economy('MO', '中國澳門', '中国澳门'),
      economy('EU', 'EU 歐盟', 'EU 欧盟'),
      economy('XX', '無處', '无处'),
    ];
    // Only economies the build placed have a label.
    const places = new Map([
      ['TH', {}],
      ['MO', {}],
      ['EU', {}],
    ]) as unknown as ReadonlyMap<string, EconomyPlace>;
    expect(chineseLabelCharacters(places, economies)).toEqual(['泰', '國', '国', '中', '澳', '門', '门', '歐', '盟', '欧']);
  });

  it('asks for them in the labels’ font, a small batch at a time, each character once', async () => {
    const { map, requests } = mapWithGlyphManager();
    const characters = [...'一二三四五六七八九十百千萬億兆京垓秭穰溝澗正載極恆河沙阿僧祇那由他不可思議無量大數'];
    await drawChineseGlyphsAhead(map, characters, () => false);
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) {
      expect(Object.keys(r)).toEqual(['Atlas Sans']);
      expect(r['Atlas Sans']!.default!.length).toBeLessThanOrEqual(24);
    }
    expect(requests.flatMap((r) => r['Atlas Sans']!.default)).toEqual(characters);
    // Once all are drawn, the same map does not ask again (the reader back in English).
    const asked = requests.length;
    await drawChineseGlyphsAhead(map, characters, () => false);
    expect(requests).toHaveLength(asked);
  });

  it('stops when told to, and does nothing on a map without the glyph manager it expects', async () => {
    const { map, requests } = mapWithGlyphManager();
    let batches = 0;
    await drawChineseGlyphsAhead(map, [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(3)], () => batches++ > 0);
    expect(requests).toHaveLength(1);
    await expect(drawChineseGlyphsAhead({ style: {} } as unknown as MaplibreMap, ['甲'], () => false)).resolves.toBeUndefined();
  });
});
