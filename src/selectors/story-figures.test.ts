import { iso2 } from '../domain/primitives';
import { describe, expect, it } from 'vitest';
import { makeAtlas, makeMission, makeTie } from '../testing/test-factories';
import { quotedFigures, storyFigures, storyParts } from './story-figures';

const atlas = makeAtlas({
  ties: [
    makeTie({ agreementId: 'cdta-a', tieType: 'cdta', partner: iso2('BE'), inForce: '2004-10-07', signed: '2003-12-10' }),
    makeTie({ agreementId: 'cdta-b', tieType: 'cdta', partner: iso2('TH'), inForce: '2005-12-07', signed: '2005-09-07' }),
    makeTie({ agreementId: 'fta-x', tieType: 'fta', partner: iso2('NZ'), inForce: null, status: 'signed', signed: '2004-01-01' }),
  ],
});

describe('story figures', () => {
  it('count partners in force at the end of the year', () => {
    expect(storyFigures(atlas, 2004).cdta_partners).toBe(1);
    expect(storyFigures(atlas, 2005).cdta_partners).toBe(2);
    expect(storyFigures(atlas, 2005).fta_partners).toBe(0);
  });

  it('count the missions begun in the year itself, zero when the records hold none yet', () => {
    const withMissions = makeAtlas({
      missions: [makeMission({ missionId: 'm-2024', start: '2024-07-28' }), makeMission({ missionId: 'm-2025', start: '2025-05-10' })],
    });
    expect(storyFigures(withMissions, 2025).missions_in_year).toBe(1);
    expect(storyFigures(withMissions, 2025).missions).toBe(2);
    expect(storyFigures(withMissions, 2026).missions_in_year).toBe(0);
  });

  it('quote each placeholder at its own year or the step year', () => {
    const step = { year: 2005, text: { en: '{cdta_partners@2004} then {cdta_partners} in {year}', zhHK: '', zhCN: '' } };
    expect(quotedFigures(atlas, step)).toEqual([
      { name: 'cdta_partners', year: 2004, value: 1 },
      { name: 'cdta_partners', year: 2005, value: 2 },
      { name: 'year', year: 2005, value: 2005 },
    ]);
    expect(storyParts(atlas, step, step.text.en)).toEqual([
      { figure: { name: 'cdta_partners', year: 2004, value: 1 } },
      { text: ' then ' },
      { figure: { name: 'cdta_partners', year: 2005, value: 2 } },
      { text: ' in ' },
      { figure: { name: 'year', year: 2005, value: 2005 } },
    ]);
  });
});
