/** One query for the page's life: each matchMedia call makes a new list, and long use kept hundreds. */
let reducedMotion: MediaQueryList | undefined;

/** How long a camera move takes: none when the reader asks for reduced motion (read at each move). */
export function flightDuration(): number {
  reducedMotion ??= window.matchMedia?.('(prefers-reduced-motion: reduce)');
  return reducedMotion?.matches ? 0 : 900;
}
