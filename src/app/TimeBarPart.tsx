import { memo } from 'react';
import { TimeBar } from '../components/filters/TimeBar';
import { setBasis, setYear } from '../state/ui-actions';
import { useUiPick } from '../state/ui-store';

const TIME_KEYS = ['year', 'basis'] as const;

/** The time bar wired to the store: it re-renders when the year or the date basis changes (or it leaves the screen), and for nothing else. */
export const TimeBarPart = memo(function TimeBarPart({ lastYear, onScreen }: { lastYear: number; onScreen: boolean }) {
  const { year, basis } = useUiPick(TIME_KEYS);
  return <TimeBar year={year} lastYear={lastYear} basis={basis} onYear={setYear} onBasis={setBasis} onScreen={onScreen} />;
});
