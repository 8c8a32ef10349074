import { memo } from 'react';
import type { TimelineEvent } from '../../selectors/timeline-events';
import { useI18n } from '../../i18n/use-i18n';
import { EventText } from '../ui/EventText';

/** The events marked on the timeline, as text with their sources. */
function TimelineEventsView({ events }: { events: TimelineEvent[] }) {
  const { m, fmt } = useI18n();
  if (events.length === 0) return null;
  return (
    <details className="timeline-events">
      <summary>{m.charts.events(fmt.number(events.length))}</summary>
      <ul>
        {events.map((e) => (
          <li key={`${e.kind}-${e.id}`} data-event={e.id}>
            <span className={`event-kind event-${e.kind}`}>{m.charts.eventKind[e.kind]}</span> {fmt.date(e.date)}: <EventText event={e} /> ·{' '}
            <a href={e.sourceUrl} target="_blank" rel="noopener noreferrer">
              {m.charts.source}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Memoised: the charts' view keeps the same events while the years shown stay the same, so a filter input does not draw the list again. */
export const TimelineEvents = memo(TimelineEventsView);
