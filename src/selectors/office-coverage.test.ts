import { describe, expect, it } from 'vitest';
import { coveredButNotShown, coveredEconomies, officesOpenBy } from './office-coverage';
import { makeOffice } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const offices = [
  makeOffice({ officeId: 'eto-new-york', country: iso2('US'), covers: [iso2('US')] }),
  makeOffice({ officeId: 'eto-geneva', country: iso2('CH'), covers: [] }),
  makeOffice({ officeId: 'eto-bangkok', country: iso2('TH'), covers: [iso2('TH')], opened: '2019-02-28' }),
];

describe('office coverage', () => {
  it("counts the economies offices cover, not an office's host as such", () => {
    expect([...coveredEconomies(offices, null)].sort()).toEqual(['TH', 'US']);
  });

  it('lists the offices open at the end of a year; one whose opening is unknown counts as open, a month-only date within the year as opened', () => {
    const berlin = makeOffice({ officeId: 'eto-berlin', country: iso2('DE'), covers: [iso2('DE')], opened: '2009-03' });
    const ids = (year: number | null) => officesOpenBy([...offices, berlin], year).map((o) => o.officeId);
    expect(ids(2008)).toEqual(['eto-new-york', 'eto-geneva']);
    expect(ids(2009)).toEqual(['eto-new-york', 'eto-geneva', 'eto-berlin']);
    expect(ids(null)).toEqual(['eto-new-york', 'eto-geneva', 'eto-bangkok', 'eto-berlin']);
  });

  it('counts only offices opened by the end of the year', () => {
    expect([...coveredEconomies(offices, 2018)]).toEqual(['US']);
  });

  it('lists covered economies that the filters leave out (no tie of the shown types)', () => {
    expect(coveredButNotShown(offices, null, new Set([iso2('TH')]))).toEqual(['US']);
  });
});
