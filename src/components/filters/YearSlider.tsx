import { memo, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { FIRST_YEAR, type DateBasis } from '../../state/ui-state';
import { nextPlayYear, playStartYear } from './playback';

interface Props {
  year: number | null;
  lastYear: number;
  basis: DateBasis;
  onYear: (year: number | null) => void;
  onBasis: (basis: DateBasis) => void;
}

/** How often Play advances a year: slow enough to read the map, fast enough to see growth. */
const PLAY_STEP_MS = 900;

/** The network as it stood at the end of a year, on the signed or in-force basis; Play steps through the years. */
function YearSliderView({ year, lastYear, basis, onYear, onBasis }: Props) {
  const { m } = useI18n();
  const [playing, setPlaying] = useState(false);
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
    <fieldset className="filter-group year-slider">
      <legend>{m.filters.year}</legend>
      <div className="year-row">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? m.filters.pause : m.filters.play}
        </button>
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
        <output className="year-value" aria-live="polite">
          {year === null ? m.filters.today : year}
        </output>
      </div>
      {year !== null && (
        <button type="button" className="link-button" onClick={() => { setPlaying(false); onYear(null); }}>
          {m.filters.backToToday}
        </button>
      )}
      <div className="basis" role="radiogroup" aria-label={m.filters.basis}>
        {(['inForce', 'signed'] as const).map((b) => (
          <label key={b} className="filter-option">
            <input type="radio" name="basis" checked={basis === b} onChange={() => onBasis(b)} />
            {b === 'inForce' ? m.filters.inForce : m.filters.signed}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const YearSlider = memo(YearSliderView);
