import { memo } from 'react';
import { TimeBar } from '../components/filters/TimeBar';
import { setBasis, setYear } from '../state/ui-actions';
import { useUiPick } from '../state/ui-store';

const TIME_KEYS = ['year', 'basis', 'view'] as const;

/** The time bar wired to the store: it re-renders when the year, the date basis or the view changes, and for nothing else. */
export const TimeBarPart = memo(function TimeBarPart({ lastYear }: { lastYear: number }) {
  const { year, basis, view } = useUiPick(TIME_KEYS);
  return <TimeBar year={year} lastYear={lastYear} basis={basis} onYear={setYear} onBasis={setBasis} onScreen={view !== 'about'} />;
});
