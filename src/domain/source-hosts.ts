/**
 * Every host a fact may be cited from, with its publisher and tier. The one place that decides a
 * source's tier: the data build rejects a URL on a host not listed here, and the app labels each
 * fact from the same list. A host matches itself and its subdomains; the longest match wins, so a
 * department's own line names it more precisely than the government-wide line.
 *
 * Tier 1: the Hong Kong SAR Government (and its statutory bodies for their own offices).
 * Tier 2: a partner government, for a fact about its own agreement with Hong Kong, or an
 *         intergovernmental register.
 * Tier 3: reputable secondary publishers (tax publishers, professional firms, news agencies and
 *         newspapers). Never content farms, mirrors of press releases or anonymous blogs.
 */
export const SOURCE_TIERS = [1, 2, 3] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** Tiers 1 and 2 are "official": what the "Official sources only" filter keeps. */
export const OFFICIAL_TIERS: readonly SourceTier[] = [1, 2];

export interface SourceHost {
  host: string;
  publisher: string;
  tier: SourceTier;
}

export const SOURCE_HOSTS: readonly SourceHost[] = [
  // Tier 1: Hong Kong SAR Government
  { host: 'gov.hk', publisher: 'Hong Kong SAR Government', tier: 1 },
  { host: 'tid.gov.hk', publisher: 'Trade and Industry Department', tier: 1 },
  { host: 'ird.gov.hk', publisher: 'Inland Revenue Department', tier: 1 },
  { host: 'customs.gov.hk', publisher: 'Customs and Excise Department', tier: 1 },
  { host: 'doj.gov.hk', publisher: 'Department of Justice', tier: 1 },
  { host: 'info.gov.hk', publisher: 'HKSAR Government press releases', tier: 1 },
  { host: 'news.gov.hk', publisher: 'news.gov.hk', tier: 1 },
  { host: 'legco.gov.hk', publisher: 'Legislative Council', tier: 1 },
  { host: 'elegislation.gov.hk', publisher: 'Hong Kong e-Legislation', tier: 1 },
  { host: 'gld.gov.hk', publisher: 'Government Gazette', tier: 1 },
  { host: 'hktdc.com', publisher: 'Hong Kong Trade Development Council', tier: 1 },

  // Tier 2: partner governments (for their own agreements with Hong Kong)
  { host: 'gov.mo', publisher: 'Macao SAR Government', tier: 2 },
  { host: 'gov.uk', publisher: 'UK Government', tier: 2 },
  { host: 'govt.nz', publisher: 'New Zealand Government', tier: 2 },
  { host: 'gov.sg', publisher: 'Singapore Government', tier: 2 },
  { host: 'gov.pk', publisher: 'Government of Pakistan', tier: 2 },
  { host: 'go.jp', publisher: 'Government of Japan', tier: 2 },
  { host: 'gov.au', publisher: 'Australian Government', tier: 2 },
  { host: 'gov.za', publisher: 'South African Government', tier: 2 },
  { host: 'likumi.lv', publisher: 'Latvia’s official legal acts portal', tier: 2 },
  { host: 'kremlin.ru', publisher: 'President of Russia', tier: 2 },
  { host: 'stjornarradid.is', publisher: 'Government Offices of Iceland', tier: 2 },
  { host: 'admin.ch', publisher: 'Swiss Federal Government', tier: 2 },
  { host: 'scjn.gob.mx', publisher: 'Supreme Court of Mexico legislation database', tier: 2 },
  { host: 'kpl.gov.la', publisher: 'Lao News Agency (KPL)', tier: 2 },
  { host: 'transportstyrelsen.se', publisher: 'Swedish Transport Agency', tier: 2 },
  { host: 'otc-cta.gc.ca', publisher: 'Canadian Transportation Agency', tier: 2 },
  { host: 'regjeringen.no', publisher: 'Government of Norway', tier: 2 },
  { host: 'belgium.be', publisher: 'Belgian federal government', tier: 2 },
  { host: 'treaty-accord.gc.ca', publisher: 'Government of Canada treaty information', tier: 2 },
  { host: 'oireachtas.ie', publisher: 'Houses of the Oireachtas (Ireland)', tier: 2 },
  { host: 'retsinformation.dk', publisher: 'Danish legal information system', tier: 2 },
  { host: 'rada.gov.ua', publisher: 'Verkhovna Rada of Ukraine', tier: 2 },
  { host: 'senat.cz', publisher: 'Senate of the Czech Republic', tier: 2 },
  { host: 'overheid.nl', publisher: 'Government of the Netherlands', tier: 2 },
  { host: 'gov.il', publisher: 'Government of Israel', tier: 2 },
  { host: 'bundestag.de', publisher: 'German Bundestag', tier: 2 },
  { host: 'gouvernement.fr', publisher: 'Government of France', tier: 2 },
  { host: 'gov.in', publisher: 'Government of India', tier: 2 },
  { host: 'gazzettaufficiale.it', publisher: 'Gazzetta Ufficiale (Italy)', tier: 2 },
  { host: 'senat.fr', publisher: 'French Senate', tier: 2 },
  // Tier 2: intergovernmental registers
  { host: 'investmentpolicy.unctad.org', publisher: 'UNCTAD Investment Policy Hub', tier: 2 },
  { host: 'rtais.wto.org', publisher: 'WTO Regional Trade Agreements database', tier: 2 },
  { host: 'wto.org', publisher: 'World Trade Organization', tier: 2 },
  { host: 'oecd.org', publisher: 'OECD', tier: 2 },
  { host: 'asean.org', publisher: 'ASEAN Secretariat', tier: 2 },
  { host: 'efta.int', publisher: 'European Free Trade Association', tier: 2 },
  { host: 'europa.eu', publisher: 'European Union', tier: 2 },

  // Tier 3: reputable secondary publishers
  { host: 'reuters.com', publisher: 'Reuters', tier: 3 },
  { host: 'scmp.com', publisher: 'South China Morning Post', tier: 3 },
  { host: 'thestandard.com.hk', publisher: 'The Standard (Hong Kong)', tier: 3 },
  { host: 'ibfd.org', publisher: 'IBFD', tier: 3 },
  { host: 'orbitax.com', publisher: 'Orbitax', tier: 3 },
  { host: 'tax-news.com', publisher: 'Tax-News', tier: 3 },
  { host: 'pwc.com', publisher: 'PwC', tier: 3 },
  { host: 'kpmg.com', publisher: 'KPMG', tier: 3 },
  { host: 'deloitte.com', publisher: 'Deloitte', tier: 3 },
  { host: 'ey.com', publisher: 'EY', tier: 3 },
];

const byHost = new Map(SOURCE_HOSTS.map((h) => [h.host, h]));
const cache = new Map<string, SourceHost | null>();

/** The listed host a URL's hostname falls under (longest match), or null when none does. */
export function sourceHostOf(url: string): SourceHost | null {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const cached = cache.get(hostname);
  if (cached !== undefined) return cached;
  const labels = hostname.split('.');
  let found: SourceHost | null = null;
  for (let i = 0; i < labels.length - 1 && !found; i++) found = byHost.get(labels.slice(i).join('.')) ?? null;
  cache.set(hostname, found);
  return found;
}

/** The tier of a cited URL. Every URL in the atlas passed the data build's host check, so 3 is only a fallback. */
export function tierOf(url: string): SourceTier {
  return sourceHostOf(url)?.tier ?? 3;
}
