/**
 * Whether fact date `a` is certainly before `b`. Dates of different precision are compared on the
 * part both give, so "2015-10" is not before "2015-10-03": the day it stands for is unknown.
 */
export function isCertainlyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}
