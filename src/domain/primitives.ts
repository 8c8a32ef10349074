import { z } from './zod';

/** ISO 3166-1 alpha-2 code. Hong Kong (HK), Macao (MO) and the Mainland (CN) are separate parties. */
export const iso2Schema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as NZ')
  .brand<'Iso2'>();
export type Iso2 = z.infer<typeof iso2Schema>;

/** The hub of every tie in the atlas. */
export const HONG_KONG = 'HK' as Iso2;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full calendar date. Partial dates are not allowed: what a source gives only to the month goes in a note. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'not a real calendar date');
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * Hosts whose pages count as official sources: Hong Kong government sites (all under gov.hk),
 * HKTDC (a statutory body) for its own offices, and the own sites of partner governments that are
 * party to an agreement, for facts that government states about it (e.g. its own entry-into-force
 * notice, treaty register, gazette or parliamentary record, or its state news agency's report of its own
 * dealings). Private newswires, mirrors of press releases and third-party databases are not official.
 */
const OFFICIAL_HOST_SUFFIXES = [
  'gov.hk',
  'hktdc.com',
  'gov.mo', // Macao SAR Government
  'gov.uk', // United Kingdom Government (HMRC)
  'govt.nz', // New Zealand Government (Inland Revenue)
  'gov.sg', // Singapore Government
  'gov.pk', // Pakistan Government
  'go.jp', // Japan Government (MOFA)
  'gov.au', // Australian Government (DFAT)
  'gov.za', // South African Government (SARS)
  'likumi.lv', // Latvia's official legal acts portal
  'kremlin.ru', // Russian President's official site
  'stjornarradid.is', // Government Offices of Iceland
  'admin.ch', // Swiss Federal Government (Fedlex treaty compilation)
  'scjn.gob.mx', // Mexico's Supreme Court legislation database (official texts of decrees published in the Diario Oficial)
  'kpl.gov.la', // Lao News Agency (KPL), the state news agency of the Lao PDR government
  'transportstyrelsen.se', // Swedish Transport Agency (Sweden's bilateral air services agreements)
  'otc-cta.gc.ca', // Canadian Transportation Agency (Canada's air transport agreements)
  'regjeringen.no', // Government of Norway (propositions to the Storting)
  'belgium.be', // Belgian federal government portal (Council of Ministers news)
  'treaty-accord.gc.ca', // Government of Canada treaty information (Global Affairs Canada)
  'oireachtas.ie', // Houses of the Oireachtas (Irish parliament)
  'retsinformation.dk', // Danish official legal information system (Ministry of Justice)
  'rada.gov.ua', // Verkhovna Rada of Ukraine (official legislation database)
  'senat.cz', // Senate of the Parliament of the Czech Republic
  'overheid.nl', // Government of the Netherlands (wetten.overheid.nl official treaty and legislation database)
  'gov.il', // Government of Israel (Ministry of Foreign Affairs, embassies.gov.il)
  'bundestag.de', // German Bundestag (federal parliament)
  'gouvernement.fr', // Government of France (Council of Ministers reports)
  'gov.in', // Government of India (Indian missions' official sites)
  'gazzettaufficiale.it', // Gazzetta Ufficiale della Repubblica Italiana (Italy's official gazette)
  'senat.fr', // Senate of the French Republic (French parliament)
];

export function isOfficialHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return OFFICIAL_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

export const officialUrlSchema = z
  .string()
  .min(1, { message: 'a source URL is required', abort: true })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, { message: 'not an absolute http(s) URL', abort: true })
  .refine((value) => {
    try {
      return isOfficialHost(new URL(value).hostname);
    } catch {
      return false;
    }
  }, 'not an official source host (expected a Hong Kong government site under gov.hk, or a listed partner-government site)');
