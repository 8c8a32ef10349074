/**
 * Every host a fact may be cited from, with its publisher and tier. The one place that decides a
 * source's tier: the data build rejects a URL on a host not listed here, and the app labels each
 * fact from the same list. A host matches itself and its subdomains; the longest match wins, so a
 * department's own line names it more precisely than the government-wide line.
 *
 * Tier 1: the Hong Kong SAR Government (departments, press releases, LegCo, Gazette, ETOs).
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

  // Tier 2: partner governments (for their own agreements with Hong Kong)
  { host: 'gov.mo', publisher: 'Macao SAR Government', tier: 2 },
  { host: 'gov.cn', publisher: 'Central People’s Government of the PRC', tier: 2 },
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
  { host: 'auswaertiges-amt.de', publisher: 'German Federal Foreign Office', tier: 2 },
  { host: 'gouvernement.fr', publisher: 'Government of France', tier: 2 },
  { host: 'gov.in', publisher: 'Government of India', tier: 2 },
  { host: 'gazzettaufficiale.it', publisher: 'Gazzetta Ufficiale (Italy)', tier: 2 },
  { host: 'senat.fr', publisher: 'French Senate', tier: 2 },
  { host: 'foreign.gov.mt', publisher: 'Ministry for Foreign Affairs of Malta (treaty register)', tier: 2 },
  { host: 'miti.gov.my', publisher: 'Ministry of Investment, Trade and Industry (Malaysia)', tier: 2 },
  { host: 'tvperu.gob.pe', publisher: 'TV Perú (Peru’s state broadcaster, IRTP)', tier: 2 },
  { host: 'toll.no', publisher: 'Norwegian Customs', tier: 2 },
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
  { host: 'taxnotes.com', publisher: 'Tax Notes (Tax Analysts)', tier: 3 },
  { host: 'pwc.com', publisher: 'PwC', tier: 3 },
  { host: 'kpmg.com', publisher: 'KPMG', tier: 3 },
  { host: 'home.kpmg', publisher: 'KPMG', tier: 3 },
  { host: 'deloitte.com', publisher: 'Deloitte', tier: 3 },
  { host: 'ey.com', publisher: 'EY', tier: 3 },
  { host: 'mnetax.com', publisher: 'MNE Tax', tier: 3 },
  { host: 'internationaltaxplaza.info', publisher: 'International Tax Plaza', tier: 3 },
  { host: 'china-briefing.com', publisher: 'China Briefing (Dezan Shira & Associates)', tier: 3 },
  { host: 'ccmalta.com', publisher: 'Chetcuti Cauchi Advocates (Malta law firm)', tier: 3 },
  { host: 'hkwj-taxlaw.hk', publisher: 'HKWJ Tax Law & Partners (Hong Kong law firm)', tier: 3 },
  { host: 'profitplus.rs', publisher: 'Profit Plus (Serbian accounting and tax consultancy)', tier: 3 },
  { host: 'phnompenhpost.com', publisher: 'The Phnom Penh Post', tier: 3 },
  { host: 'opportimes.com', publisher: 'Opportimes (Mexican trade news)', tier: 3 },
  { host: 'hongkongbusiness.hk', publisher: 'Hong Kong Business magazine', tier: 3 },
  { host: 'ejfq.com', publisher: 'Hong Kong Economic Journal', tier: 3 },
  { host: 'chinadailyhk.com', publisher: 'China Daily Hong Kong', tier: 3 },
  { host: 'trtworld.com', publisher: 'TRT World', tier: 3 },
  { host: 'stheadline.com', publisher: 'Sing Tao Headline (Sing Tao Daily)', tier: 3 },
  { host: 'ecns.cn', publisher: 'China News Service (English)', tier: 3 },
  { host: 'alwatannews.net', publisher: 'Al Watan (Bahrain newspaper)', tier: 3 },
  { host: 'ajunews.com', publisher: 'Aju Business Daily (Korea)', tier: 3 },
  { host: 'jkdaily.com', publisher: 'JK Daily (Korean economic newspaper)', tier: 3 },
  { host: 'mvnews.mv', publisher: 'MV News (Maldives)', tier: 3 },
  { host: 'rpp.pe', publisher: 'RPP Noticias (Peru)', tier: 3 },
  { host: 'takungpao.com', publisher: 'Ta Kung Pao', tier: 3 },
  { host: 'thestar.com.my', publisher: 'The Star (Malaysia)', tier: 3 },
  { host: 'chinadailyasia.com', publisher: 'China Daily Asia', tier: 3 },
  { host: 'am730.com.hk', publisher: 'am730', tier: 3 },
  { host: 'hk01.com', publisher: 'HK01 (香港01)', tier: 3 },
  { host: 'mingpao.com', publisher: 'Ming Pao', tier: 3 },
  { host: 'wenweipo.com', publisher: 'Wen Wei Po', tier: 3 },
  { host: 'rthk.hk', publisher: 'RTHK (Radio Television Hong Kong)', tier: 3 },
  { host: 'hongkongfp.com', publisher: 'Hong Kong Free Press', tier: 3 },
  { host: 'hkmn.jp', publisher: 'Hong Kong Post (日刊香港ポスト, Japanese-language news on Hong Kong)', tier: 3 },
  { host: 'dw.com', publisher: 'Deutsche Welle', tier: 3 },
  { host: 'people.com.cn', publisher: "People's Daily Online (人民網)", tier: 3 },
  { host: 'straitstimes.com', publisher: 'The Straits Times (Singapore)', tier: 3 },
  { host: 'gulf-times.com', publisher: 'Gulf Times (Qatar)', tier: 3 },
  { host: 'garridolicona.com', publisher: 'Garrido Licona y Asociados (Mexican accounting and tax firm)', tier: 3 },
  // A statutory trade-promotion body, not a government department: its pages report, they do not decide.
  { host: 'hktdc.com', publisher: 'Hong Kong Trade Development Council', tier: 3 },
];

const byHost = new Map(SOURCE_HOSTS.map((h) => [h.host, h]));
// By the whole URL, not its host: parsing the URL was most of the cost, and the atlas cites a few
// hundred pages many times each (every tie's facts, each validated at load and counted in About).
const cache = new Map<string, SourceHost | null>();

/** The listed host a URL's hostname falls under (longest match), or null when none does. */
export function sourceHostOf(url: string): SourceHost | null {
  const cached = cache.get(url);
  if (cached !== undefined) return cached;
  const found = hostFor(url);
  cache.set(url, found);
  return found;
}

function hostFor(url: string): SourceHost | null {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = hostname.split('.');
  let found: SourceHost | null = null;
  for (let i = 0; i < labels.length - 1 && !found; i++) found = byHost.get(labels.slice(i).join('.')) ?? null;
  return found;
}

/** The tier of a cited URL. Every URL in the atlas passed the data build's host check, so 3 is only a fallback. */
export function tierOf(url: string): SourceTier {
  return sourceHostOf(url)?.tier ?? 3;
}
