import type { Iso2 } from '../domain/primitives';
import type { Atlas } from '../domain/records';

export type TimelineEventKind = 'mission' | 'office' | 'milestone';

export interface TimelineEvent {
  kind: TimelineEventKind;
  date: string;
  year: number;
  label: string;
  economies: Iso2[];
  sourceUrl: string;
}

/** Dated events drawn on the timeline: Chief Executive-led missions, office openings, milestones (e.g. RCEP application). */
export function timelineEvents(atlas: Atlas, fromYear: number, toYear: number): TimelineEvent[] {
  const events: Omit<TimelineEvent, 'year'>[] = [
    ...atlas.missions.map((m) => ({
      kind: 'mission' as const,
      date: m.start,
      label: `${m.name}${m.mousSigned !== null ? ` (${m.mousSigned} MOUs and agreements)` : ''}`,
      economies: m.destinations,
      sourceUrl: m.sourceUrl,
    })),
    ...atlas.offices
      .filter((o) => o.opened)
      .map((o) => ({ kind: 'office' as const, date: o.opened!, label: `${o.name} opened`, economies: o.covers, sourceUrl: o.sourceUrl })),
    // A milestone known only to the month (e.g. the RCEP application, January 2022) still has its year.
    ...atlas.milestones
      .filter((m) => m.date ?? m.month)
      .map((m) => ({ kind: 'milestone' as const, date: (m.date ?? m.month)!, label: m.title, economies: m.partners, sourceUrl: m.sourceUrl })),
  ];
  return events
    .map((e) => ({ ...e, year: Number(e.date.slice(0, 4)) }))
    .filter((e) => e.year >= fromYear && e.year <= toYear)
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}
