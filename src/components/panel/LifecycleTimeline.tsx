import { EVENT_COLOUR, INK, MUTED } from '../ui/palette';
import { useI18n } from '../../i18n/use-i18n';
import { lifecycle } from '../../selectors/lifecycle';
import { TIE_LIST_LIMIT } from './TieList';
import type { PartnerProfile } from '../../selectors/partner-profile';
import { EventText, eventPlainText } from '../ui/EventText';
import { Phrase } from '../ui/Phrase';
import { LifecycleRow, yearFraction } from '../ui/LifecycleMarks';

const WIDTH = 320;
const ROW = 18;
const LEFT = 56;

/**
 * One economy's ties over time: a dashed line from signature to entry into force, a bar while in
 * force, ending at termination; diamonds for missions and office openings. A list repeats it as text.
 */
export function LifecycleTimeline({ profile, asOf }: { profile: PartnerProfile; asOf: string }) {
  const { m, fmt } = useI18n();
  const { bars: allBars, markers, firstYear } = lifecycle(profile);
  if (firstYear === null) return null;
  // As many rows as the list shows before "Show all": a very long history stays a readable figure.
  const bars = allBars.slice(0, TIE_LIST_LIMIT);
  const hidden = allBars.length - bars.length;
  const lastYear = Number(asOf.slice(0, 4)) + 1;
  // Dates may be a day, a month ("2015-10") or a year.
  const x = (date: string) => LEFT + ((yearFraction(date) - firstYear) / (lastYear - firstYear)) * (WIDTH - LEFT - 8);
  const height = (bars.length + (markers.length ? 1 : 0)) * ROW + 18;
  return (
    <figure className="lifecycle" data-testid="lifecycle">
      <figcaption>
        {m.panel.overTime}
        {hidden > 0 && <span className="muted"> · {m.panel.lifecycleMore(fmt.number(hidden))}</span>}
      </figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={m.panel.lifecycleLabel(String(firstYear))}>
        {bars.map((b, i) => (
          <LifecycleRow key={b.id} span={b} x={x} y={i * ROW + 4} today={x(asOf)} labelX={0} marksX={LEFT} />
        ))}
        {markers.length > 0 && (
          // Its own label, so the diamonds are not read as the tie row above them.
          <text x={0} y={bars.length * ROW + 14} fontSize={10} fill={INK}>
            {m.panel.lifecycleEvents}
          </text>
        )}
        {markers.map((mk) => (
          <path key={`${mk.kind}-${mk.id}`} d={`M${x(mk.date)} ${bars.length * ROW + 4} l5 5 l-5 5 l-5 -5 z`} fill={EVENT_COLOUR[mk.kind]}>
            <title>{m.panel.lifecycleMarker(eventPlainText(m, fmt, mk), fmt.date(mk.date))}</title>
          </path>
        ))}
        <text x={LEFT} y={height - 2} fontSize={10} fill={MUTED}>
          {firstYear}
        </text>
        <text x={WIDTH - 8} y={height - 2} fontSize={10} fill={MUTED} textAnchor="end">
          {lastYear - 1}
        </text>
      </svg>
      <ul className="lifecycle-list">
        {bars.map((b) => (
          <li key={b.id}>
            {m.panel.lifecycleRow(
              m.tieType[b.type].short,
              b.signed && fmt.date(b.signed),
              b.inForce && fmt.date(b.inForce),
              b.status === 'in_force',
            )}
            {b.end ? m.panel.lifecycleEnded(fmt.date(b.end)) : ''}
          </li>
        ))}
        {markers.map((mk) => (
          <li key={`${mk.kind}-${mk.id}`} data-marker={mk.id}>
            <Phrase message={m.panel.lifecycleMarker} slots={[<EventText key="what" event={mk} />, fmt.date(mk.date)]} />
          </li>
        ))}
      </ul>
    </figure>
  );
}
