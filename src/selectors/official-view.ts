import type { Atlas, Mission, Office, Tie } from '../domain/records';
import { OFFICIAL_TIERS, tierOf } from '../domain/source-hosts';
import { ENDED_STATUSES } from '../domain/statuses';

export interface OfficialView {
  /** The atlas with every fact that only a secondary publisher (tier 3) states taken out. */
  atlas: Atlas;
  /** How many facts were taken out: what the filter tells the reader it hides. */
  hiddenFacts: number;
}

const official = (url: string | null): url is string => url !== null && OFFICIAL_TIERS.includes(tierOf(url));

/**
 * A tie as official pages alone state it, and how many of its facts that hides. A date from a
 * secondary page is dropped; a status from one falls back to what the official facts support (in
 * force, else signed), and a tie no official page states at all is dropped.
 */
function officialTie(t: Tie): { tie: Tie | null; hidden: number } {
  let hidden = 0;
  const keep = (value: string | null, url: string | null) => {
    if (value === null) return { value, url };
    if (official(url)) return { value, url };
    hidden++;
    return { value: null, url: null };
  };
  const signed = keep(t.signed, t.signedSource);
  const inForce = keep(t.inForce, t.inForceSource);
  const terminated = keep(t.terminated, t.terminatedSource);
  const suspended = keep(t.suspended, t.suspendedSource);
  const nameZh = keep(t.agreementNameZh, t.agreementNameZhSource);
  let status = t.status;
  let statusSource = t.statusSource;
  if (!official(t.statusSource)) {
    hidden++;
    const fallback =
      ENDED_STATUSES.includes(t.status) && terminated.value ? t.status : inForce.value ? 'in_force' : signed.value ? 'signed' : null;
    const source = fallback === 'in_force' ? inForce.url : fallback === 'signed' ? signed.url : terminated.url;
    if (!fallback || !source) return { tie: null, hidden: hidden + [signed, inForce, terminated, suspended].filter((f) => f.value).length };
    status = fallback;
    statusSource = source;
  }
  return {
    tie: {
      ...t,
      status,
      statusSource,
      signed: signed.value,
      signedSource: signed.url,
      inForce: inForce.value,
      inForceSource: inForce.url,
      terminated: terminated.value,
      terminatedSource: terminated.url,
      suspended: suspended.value,
      suspendedSource: suspended.url,
      agreementNameZh: nameZh.value,
      agreementNameZhSource: nameZh.url,
      otherSources: t.otherSources.filter(official),
    },
    hidden,
  };
}

function officialOffice(o: Office): { office: Office | null; hidden: number } {
  if (!official(o.sourceUrl)) return { office: null, hidden: 1 + (o.opened ? 1 : 0) };
  if (o.opened && !official(o.openedSource)) return { office: { ...o, opened: null, openedSource: null }, hidden: 1 };
  return { office: o, hidden: 0 };
}

function officialMission(m: Mission): { mission: Mission | null; hidden: number } {
  if (!official(m.datesSource)) return { mission: null, hidden: 1 + (m.mousSigned !== null ? 1 : 0) };
  if (m.mousSigned !== null && !official(m.mousSource)) return { mission: { ...m, mousSigned: null, mousSource: null }, hidden: 1 };
  return { mission: m, hidden: 0 };
}

/** The atlas as official sources (tiers 1 and 2) alone state it: what "Official sources only" shows everywhere. */
export function officialView(atlas: Atlas): OfficialView {
  let hiddenFacts = 0;
  const collect = <T, R>(items: readonly T[], reduce: (item: T) => { hidden: number } & Record<string, unknown>, key: string): R[] =>
    items.flatMap((item) => {
      const result = reduce(item);
      hiddenFacts += result.hidden;
      const kept = result[key] as R | null;
      return kept ? [kept] : [];
    });
  const ties = collect<Tie, Tie>(atlas.ties, officialTie, 'tie');
  const offices = collect<Office, Office>(atlas.offices, officialOffice, 'office');
  const missions = collect<Mission, Mission>(atlas.missions, officialMission, 'mission');
  const disagreements = atlas.disagreements.filter((d) => official(d.sourceUrl));
  hiddenFacts += atlas.disagreements.length - disagreements.length;
  const beltAndRoad = atlas.beltAndRoad.filter((b) => official(b.sourceUrl));
  const milestones = atlas.milestones.filter((m) => official(m.sourceUrl));
  hiddenFacts += atlas.beltAndRoad.length - beltAndRoad.length + atlas.milestones.length - milestones.length;
  return { atlas: { ...atlas, ties, offices, missions, disagreements, beltAndRoad, milestones }, hiddenFacts };
}
