import { z } from './zod';
import { sourceHostOf } from './source-hosts';
import { ISO2_PATTERN } from './iso2';

/** ISO 3166-1 alpha-2 code. Hong Kong (HK), Macao (MO) and the Mainland (CN) are separate parties. */
export const iso2Schema = z.string().regex(ISO2_PATTERN, 'expected an ISO 3166-1 alpha-2 code such as NZ').brand<'Iso2'>();
export type Iso2 = z.infer<typeof iso2Schema>;
export { HONG_KONG, iso2, parseIso2 } from './iso2';

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

export { isCertainlyBefore } from './fact-order';
