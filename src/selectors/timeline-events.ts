import type { ChineseText } from '../i18n/format';
import type { Iso2 } from '../domain/primitives';
import type { Atlas } from '../domain/records';

export type TimelineEventKind = 'mission' | 'office' | 'milestone';

/**
 * A record's name as the data gives it: English always; Chinese where a source gives one (an
 * office's official name) or the atlas writes its own (a mission's or milestone's, in both scripts).
 */
export interface RecordName {
  en: string;
  zh: ChineseText | null;
}

interface EventBase {
  /** The record's id (mission, office or milestone). */
  id: string;
  date: string;
  year: number;
  name: RecordName;
  economies: Iso2[];
  sourceUrl: string;
}

/**
 * Data only: the component words each kind in the reader's language ("X opened", "(13 MOUs…)"),
 * so no English phrase is built here.
 */
export type TimelineEvent =
  (EventBase & { kind: 'mission'; mousSigned: number | null }) | (EventBase & { kind: 'office' }) | (EventBase & { kind: 'milestone' });

const yearOf = (date: string) => Number(date.slice(0, 4));
const KIND_ORDER: Record<TimelineEventKind, number> = { milestone: 0, mission: 1, office: 2 };

/** Dated events drawn on the timeline: Chief Executive-led missions, office openings, milestones (e.g. RCEP application). */
export function timelineEvents(atlas: Atlas, fromYear: number, toYear: number): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...atlas.missions.map((m) => ({
      kind: 'mission' as const,
      id: m.missionId,
      date: m.start,
      year: yearOf(m.start),
      name: { en: m.name, zh: m.nameZh },
      mousSigned: m.mousSigned,
      economies: m.destinations,
      sourceUrl: m.sourceUrl,
    })),
    ...atlas.offices
      .filter((o) => o.opened)
      .map((o) => ({
        kind: 'office' as const,
        id: o.officeId,
        date: o.opened!,
        year: yearOf(o.opened!),
        name: { en: o.name, zh: o.nameZh },
        economies: o.covers,
        sourceUrl: o.sourceUrl,
      })),
    // A milestone known only to the month (e.g. the RCEP application, January 2022) still has its year.
    ...atlas.milestones
      .filter((m) => m.date ?? m.month)
      .map((m) => ({
        kind: 'milestone' as const,
        id: m.milestoneId,
        date: (m.date ?? m.month)!,
        year: yearOf((m.date ?? m.month)!),
        name: { en: m.title, zh: m.titleZh },
        economies: m.partners,
        sourceUrl: m.sourceUrl,
      })),
  ];
  return events
    .filter((e) => e.year >= fromYear && e.year <= toYear)
    .sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
}
