import { describe, expect, it } from 'vitest';
import { coveredButNotShown, coveredEconomies } from './office-coverage';
import { makeOffice } from '../testing/test-factories';

const offices = [
  makeOffice({ officeId: 'eto-new-york', country: 'US' as never, covers: ['US' as never] }),
  makeOffice({ officeId: 'eto-geneva', country: 'CH' as never, covers: [] }),
  makeOffice({ officeId: 'eto-bangkok', country: 'TH' as never, covers: ['TH' as never], opened: '2019-02-28' }),
];

describe('office coverage', () => {
  it("counts the economies offices cover, not an office's host as such", () => {
    expect([...coveredEconomies(offices, null)].sort()).toEqual(['TH', 'US']);
  });

  it('counts only offices opened by the end of the year', () => {
    expect([...coveredEconomies(offices, 2018)]).toEqual(['US']);
  });

  it('lists covered economies that the filters leave out (no tie of the shown types)', () => {
    expect(coveredButNotShown(offices, null, new Set(['TH']))).toEqual(['US']);
  });
});
