import { describe, expect, it } from 'vitest';
import { historyEntryFor } from './history-entry';
import { DEFAULT_UI_STATE } from './ui-state';
import { iso2 } from '../domain/primitives';

describe('history entry per change', () => {
  it('replaces the entry when only the year moves (slider, Play)', () => {
    expect(historyEntryFor(DEFAULT_UI_STATE, { ...DEFAULT_UI_STATE, year: 2005 })).toBe('replace');
  });

  it('replaces the entry when the brush moves the span', () => {
    const before = { ...DEFAULT_UI_STATE, year: 2010, yearFrom: 2001 };
    expect(historyEntryFor(before, { ...before, year: 2012, yearFrom: 2003 })).toBe('replace');
  });

  it('pushes an entry for a discrete action', () => {
    expect(historyEntryFor(DEFAULT_UI_STATE, { ...DEFAULT_UI_STATE, selected: iso2('NZ') })).toBe('push');
    expect(historyEntryFor(DEFAULT_UI_STATE, { ...DEFAULT_UI_STATE, region: 'Europe' })).toBe('push');
  });

  it('pushes when a discrete change comes with a year change (Reset all)', () => {
    const before = { ...DEFAULT_UI_STATE, year: 2005, region: 'Europe' };
    expect(historyEntryFor(before, DEFAULT_UI_STATE)).toBe('push');
  });
});
