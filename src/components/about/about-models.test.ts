import { describe, expect, it } from 'vitest';
import { publishedAtlas } from '../../testing/published-data';
import { aboutModels, missingFactsInOrder } from './about-models';

describe("About's view of the records", () => {
  const atlas = publishedAtlas();

  it('is worked out once per atlas: a second opening gets the same objects', () => {
    expect(aboutModels(atlas)).toBe(aboutModels(atlas));
    expect(missingFactsInOrder(atlas, 'en')).toBe(missingFactsInOrder(atlas, 'en'));
  });

  it("lists the facts no page states in each reader's order, the same facts in every language", () => {
    const missing = aboutModels(atlas).coverage.missing;
    const key = (f: { kind: string; id: string }) => `${f.kind}|${f.id}`;
    for (const lang of ['en', 'zh-HK', 'zh-CN'] as const) {
      const ordered = missingFactsInOrder(atlas, lang);
      expect(ordered.map(key).sort()).toEqual(missing.map(key).sort());
    }
    // Chinese readers see Chinese names sorted by their own collation: the orders differ.
    expect(missingFactsInOrder(atlas, 'zh-HK').map(key)).not.toEqual(missingFactsInOrder(atlas, 'en').map(key));
  });
});
