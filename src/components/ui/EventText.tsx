import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages/en';
import { useI18n } from '../../i18n/use-i18n';
import type { RecordName } from '../../selectors/timeline-events';
import { LocalText } from './LocalText';
import { Phrase } from './Phrase';

/** What an event's line says, from its data: a mission (with the MOUs signed), an office opening, a milestone. */
export interface EventWords {
  kind: 'mission' | 'office' | 'milestone';
  name: RecordName;
  mousSigned?: number | null;
}

const mousPhrase = (m: Messages, fmt: Formatters, n: number) => fmt.plural(n, m.panel.mous(fmt.number(n)));

/** The event in the reader's language; a name the data gives only in English is marked lang="en". */
export function EventText({ event }: { event: EventWords }) {
  const { m, fmt } = useI18n();
  const name = <LocalText en={event.name.en} zh={event.name.zh} />;
  if (event.kind === 'office') return <Phrase message={m.charts.officeOpened} slots={[name]} />;
  if (event.kind === 'mission' && event.mousSigned != null)
    return <Phrase message={m.charts.missionEvent} slots={[name, mousPhrase(m, fmt, event.mousSigned)]} />;
  return name;
}

/** The same words as plain text, for an SVG <title>. */
export function eventPlainText(m: Messages, fmt: Formatters, event: EventWords): string {
  const name = fmt.local(event.name.en, event.name.zh).text;
  if (event.kind === 'office') return m.charts.officeOpened(name);
  if (event.kind === 'mission' && event.mousSigned != null) return m.charts.missionEvent(name, mousPhrase(m, fmt, event.mousSigned));
  return name;
}
