import type { Tie } from '../domain/records';
import type { Status } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import type { PartnerProfile } from './partner-profile';
import type { RecordName } from './timeline-events';

/** One tie on a time axis: what a lifecycle row draws and says. */
export interface TieSpan {
  id: string;
  type: TieType;
  status: Status;
  /** Where the bar starts: the signature, or entry into force when the signing date is unknown. */
  start: string | null;
  /** The signing date as recorded: null when unknown (never the entry into force in its place). */
  signed: string | null;
  inForce: string | null;
  end: string | null;
}

/** A tie as a span: the panel's lifecycle and the comparison's share it, so both say the same dates. */
export const tieSpan = (t: Tie): TieSpan => ({
  id: `${t.agreementId}-${t.partner}`,
  type: t.tieType,
  status: t.status,
  start: t.signed ?? t.inForce,
  signed: t.signed,
  inForce: t.inForce,
  end: t.terminated,
});

export interface LifecycleBar extends TieSpan {
  label: string;
}

/** A mission or an office opening, as data: the component words it in the reader's language. */
export interface LifecycleMarker {
  kind: 'mission' | 'office';
  id: string;
  date: string;
  name: RecordName;
}

/**
 * One economy's ties as bars from signature to entry into force (and on to termination), plus the
 * missions and office openings that concern it, on one time axis.
 */
export function lifecycle(profile: PartnerProfile): { bars: LifecycleBar[]; markers: LifecycleMarker[]; firstYear: number | null } {
  const bars = profile.ties.map((t): LifecycleBar => ({ ...tieSpan(t), label: t.agreementName }));
  const markers: LifecycleMarker[] = [
    ...profile.missions.map((m) => ({ kind: 'mission' as const, id: m.missionId, date: m.start, name: { en: m.name, zh: m.nameZh } })),
    ...profile.offices
      .filter((o) => o.opened)
      .map((o) => ({ kind: 'office' as const, id: o.officeId, date: o.opened!, name: { en: o.name, zh: o.nameZh } })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const dates = [...bars.map((b) => b.start), ...markers.map((m) => m.date)].filter((d): d is string => !!d);
  return { bars, markers, firstYear: dates.length ? Math.min(...dates.map((d) => Number(d.slice(0, 4)))) : null };
}
