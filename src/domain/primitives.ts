import { z } from './zod';
import { sourceHostOf } from './source-hosts';

/** ISO 3166-1 alpha-2 code. Hong Kong (HK), Macao (MO) and the Mainland (CN) are separate parties. */
export const iso2Schema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as NZ')
  .brand<'Iso2'>();
export type Iso2 = z.infer<typeof iso2Schema>;

/** An ISO code the code itself names (`iso2('NZ')`): checked, so a typo throws instead of passing as a brand. */
export const iso2 = (code: string): Iso2 => iso2Schema.parse(code);

/** A string from outside the records (a map feature, a URL, a form) as an ISO code, or null when it is not one. */
export function parseIso2(value: unknown): Iso2 | null {
  const parsed = iso2Schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The hub of every tie in the atlas. */
export const HONG_KONG = iso2('HK');

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full calendar date. Used for when a record was checked and for stated totals; facts use factDateSchema. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'not a real calendar date');
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A fact's date: YYYY-MM-DD, or YYYY-MM when the source gives only the month (never a guessed day). */
export const factDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    message: 'expected a date as YYYY-MM-DD, or YYYY-MM when the source gives only the month',
    abort: true,
  })
  .refine((value) => (value.length === 7 ? isCalendarDate(`${value}-01`) : isCalendarDate(value)), 'not a real calendar date');
export type FactDate = z.infer<typeof factDateSchema>;

function parsedHost(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** A source URL on a host of the tiered list (src/domain/source-hosts.ts). */
export const sourceUrlSchema = z
  .string()
  .min(1, { message: 'a source URL is required', abort: true })
  .refine((value) => parsedHost(value) !== null, { message: 'not an absolute http(s) URL', abort: true })
  .refine(
    (value) => sourceHostOf(value) !== null,
    'host not in the list of source hosts (add a line naming its publisher and tier to src/domain/source-hosts.ts)',
  );

/** A Hong Kong government page (tier 1): the only kind that may state an official headline total. */
export const hkGovernmentUrlSchema = sourceUrlSchema.refine(
  (value) => sourceHostOf(value)?.tier === 1,
  'an official total must be stated on a Hong Kong government page (tier 1)',
);

/**
 * Whether fact date `a` is certainly before `b`. Dates of different precision are compared on the
 * part both give, so "2015-10" is not before "2015-10-03": the day it stands for is unknown.
 */
export function isCertainlyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}
