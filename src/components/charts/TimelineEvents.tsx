import type { TimelineEvent } from '../../selectors/timeline-events';
import { formatDate } from '../../i18n/labels';

const KIND_LABEL: Record<TimelineEvent['kind'], string> = { mission: 'Mission', office: 'Office', milestone: 'Milestone' };

/** The events marked on the timeline, as text with their sources. */
export function TimelineEvents({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details className="timeline-events">
      <summary>Events in this span ({events.length})</summary>
      <ul>
        {events.map((e) => (
          <li key={`${e.kind}-${e.date}-${e.label}`}>
            <span className={`event-kind event-${e.kind}`}>{KIND_LABEL[e.kind]}</span> {formatDate(e.date)}: {e.label} ·{' '}
            <a href={e.sourceUrl} target="_blank" rel="noopener noreferrer">
              source
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
