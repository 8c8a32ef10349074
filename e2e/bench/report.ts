/**
 * Turns the runs into the printed report: a compact table of medians and min–max, and the budget
 * checks from issue 7 as PASS/FAIL lines. Pure functions of the samples, so the table is testable.
 */
export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(samples: readonly number[]): Stat | null {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

export type Unit = 'ms' | 'ratio' | 'kB' | 'MB';

const fmt = (x: number, unit: Unit) =>
  unit === 'ratio' ? x.toFixed(2) : unit === 'kB' ? (x / 1000).toFixed(0) : unit === 'MB' ? (x / 1e6).toFixed(1) : x.toFixed(0);

export function row(label: string, samples: readonly number[] | null, unit: Unit, missing = 'n/a'): string {
  const s = samples && stat(samples);
  if (!s) return `${label.padEnd(44)}${missing.padStart(12)}`;
  const suffix = unit === 'ratio' ? '×' : ` ${unit}`;
  return `${label.padEnd(44)}${`${fmt(s.median, unit)}${suffix}`.padStart(12)}  ${`${fmt(s.min, unit)}–${fmt(s.max, unit)}`.padEnd(14)}${String(s.n).padStart(3)}`;
}

export const header = () => `${'measure'.padEnd(44)}${'median'.padStart(12)}  ${'min–max'.padEnd(14)}${'n'.padStart(3)}`;

/** A budget line; `value` null means "cannot be measured yet", which is reported, not passed. */
export function budget(label: string, value: number | null, limit: number, show: (x: number) => string, missing: string): string {
  if (value === null) return `  N/A   ${label}: ${missing}`;
  return `  ${value <= limit ? 'PASS' : 'FAIL'}  ${label}: ${show(value)} (budget ≤ ${show(limit)})`;
}
