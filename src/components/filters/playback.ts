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
