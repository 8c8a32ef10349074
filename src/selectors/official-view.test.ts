import { describe, expect, it } from 'vitest';
import { makeAtlas, makeTie } from '../testing/test-factories';
import { officialView } from './official-view';

const GOV = 'https://www.info.gov.hk/gia/general/202008/03/P2020080300740.htm';
const NEWS = 'https://www.reuters.com/article/x';

describe('"Official sources only" and a suspension', () => {
  it('keeps a suspension an official page states, with that page', () => {
    const { atlas, hiddenFacts } = officialView(makeAtlas({ ties: [makeTie({ suspended: '2020-08-03', suspendedSource: GOV })] }));
    expect(atlas.ties[0]).toMatchObject({ suspended: '2020-08-03', suspendedSource: GOV });
    expect(hiddenFacts).toBe(0);
  });

  it('hides a suspension only a secondary publisher states, and counts it among the hidden facts', () => {
    const { atlas, hiddenFacts } = officialView(makeAtlas({ ties: [makeTie({ suspended: '2020-07', suspendedSource: NEWS })] }));
    expect(atlas.ties[0]).toMatchObject({ suspended: null, suspendedSource: null, status: 'in_force' });
    expect(hiddenFacts).toBe(1);
  });
});

describe('"Official sources only" and a Chinese name', () => {
  const NAME = '中國香港與新西蘭緊密經貿合作協定';

  it('keeps a Chinese name an official page states, with that page', () => {
    const { atlas, hiddenFacts } = officialView(makeAtlas({ ties: [makeTie({ agreementNameZh: NAME, agreementNameZhSource: GOV })] }));
    expect(atlas.ties[0]).toMatchObject({ agreementNameZh: NAME, agreementNameZhSource: GOV });
    expect(hiddenFacts).toBe(0);
  });

  it('hides a Chinese name only a secondary publisher states (the English name stands in), and counts it', () => {
    const { atlas, hiddenFacts } = officialView(makeAtlas({ ties: [makeTie({ agreementNameZh: NAME, agreementNameZhSource: NEWS })] }));
    expect(atlas.ties[0]).toMatchObject({ agreementNameZh: null, agreementNameZhSource: null, status: 'in_force' });
    expect(hiddenFacts).toBe(1);
  });
});
