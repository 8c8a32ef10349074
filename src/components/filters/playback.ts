/**
 * Headless controller for the year slider's Play: pure steps, tested without a DOM. Playing from
 * "today" (null) or from the last year starts again at the first year; it stops at the last year.
 */
export function playStartYear(current: number | null, first: number, last: number): number {
  return current === null || current >= last ? first : current;
}

export function nextPlayYear(current: number, last: number): { year: number; done: boolean } {
  const year = Math.min(current + 1, last);
  return { year, done: year >= last };
}

/**
 * How long Play shows each year: long enough to take in the map's change (about a second, as
 * OWID's grapher plays), short enough to see thirty years of growth in half a minute.
 */
export const PLAY_STEP_MS = 1000;
