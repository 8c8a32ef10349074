import { memo, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { FIRST_YEAR, type DateBasis } from '../../domain/time-axis';
import { PLAY_STEP_MS, nextPlayYear, playStartYear } from './playback';

interface Props {
  year: number | null;
  lastYear: number;
  basis: DateBasis;
  onYear: (year: number | null) => void;
  onBasis: (basis: DateBasis) => void;
  /** false while About is read in the map screen's place: Play stops, so the year does not move unseen. */
  onScreen: boolean;
}

/**
 * The time bar under the map, as wide as the map (as in OWID's grapher): Play, the slider, the year
 * shown and the date basis. The network as it stood at the end of the year; Play steps through the
 * years and stops at the last.
 */
function TimeBarView({ year, lastYear, basis, onYear, onBasis, onScreen }: Props) {
  const { m } = useI18n();
  const [playing, setPlaying] = useState(false);
  if (playing && !onScreen) setPlaying(false);
  const shown = year ?? lastYear;

  useEffect(() => {
    if (!playing || year === null) return;
    const timer = window.setTimeout(() => {
      const next = nextPlayYear(year, lastYear);
      onYear(next.year);
      if (next.done) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, lastYear, onYear]);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    onYear(playStartYear(year, FIRST_YEAR, lastYear));
    setPlaying(true);
  };

  return (
    // Two rows whatever the language and year: the years, then the basis (with "Back to today" once a
    // year is chosen). When "Back to today" made the English bar wrap onto a second row, the map
    // above it shrank as the reader first moved the year and grew back in Chinese: each time a
    // resize and a redraw of the whole map.
    <div className="time-bar" role="group" aria-label={m.filters.timeBar} id="time-bar">
      <div className="time-bar-row">
        <button type="button" className="play" onClick={togglePlay} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? m.filters.pause : m.filters.play}
        </button>
        <span className="year-bound" aria-hidden="true">
          {FIRST_YEAR}
        </span>
        <input
          type="range"
          aria-label={m.filters.year}
          min={FIRST_YEAR}
          max={lastYear}
          step={1}
          value={shown}
          aria-valuetext={year === null ? m.filters.today : m.filters.endOf(String(year))}
          onChange={(e) => {
            setPlaying(false);
            onYear(Number(e.target.value));
          }}
        />
        <span className="year-bound" aria-hidden="true">
          {lastYear}
        </span>
        {/* Named, so a screen reader's list of live regions says what this number is. */}
        <output className="year-value" aria-live="polite" aria-label={m.filters.yearShown}>
          {year === null ? m.filters.today : year}
        </output>
      </div>
      <div className="time-bar-row">
        <span className="basis segmented" role="radiogroup" aria-label={m.filters.basis}>
          {(['inForce', 'signed'] as const).map((b) => (
            <label key={b} className="basis-option">
              <input type="radio" name="basis" checked={basis === b} onChange={() => onBasis(b)} />
              {b === 'inForce' ? m.filters.inForce : m.filters.signed}
            </label>
          ))}
        </span>
        {year !== null && (
          <button
            type="button"
            className="link-button back-to-today"
            onClick={() => {
              setPlaying(false);
              onYear(null);
            }}
          >
            {m.filters.backToToday}
          </button>
        )}
      </div>
    </div>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const TimeBar = memo(TimeBarView);
