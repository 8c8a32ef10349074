import type { Iso2 } from './primitives';

/**
 * ISO codes without the schemas: the app's first load imports these and not zod, which loads only
 * when a file must be validated (src/data/fetch-validated.ts). primitives.ts builds iso2Schema on
 * the same pattern and re-exports these.
 */
export const ISO2_PATTERN = /^[A-Z]{2}$/;

/** A string from outside the records (a map feature, a URL, a form) as an ISO code, or null when it is not one. */
export function parseIso2(value: unknown): Iso2 | null {
  return typeof value === 'string' && ISO2_PATTERN.test(value) ? (value as Iso2) : null;
}

/** An ISO code the code itself names (`iso2('NZ')`): checked, so a typo throws instead of passing as a brand. */
export function iso2(code: string): Iso2 {
  const parsed = parseIso2(code);
  if (!parsed) throw new Error(`expected an ISO 3166-1 alpha-2 code such as NZ, got ${JSON.stringify(code)}`);
  return parsed;
}

/** The hub of every tie in the atlas. */
export const HONG_KONG = iso2('HK');
