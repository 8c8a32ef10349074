import { TIE_TYPE_COLOUR, TIE_TYPE_LABEL, formatDate } from '../../i18n/labels';
import type { TieType } from '../../domain/tie-types';
import { lifecycle } from '../../selectors/lifecycle';
import type { PartnerProfile } from '../../selectors/partner-profile';

const WIDTH = 320;
const ROW = 18;
const LEFT = 52;

/**
 * One economy's ties over time: a thin bar from signature to entry into force, a thick bar while in
 * force, ending at termination; diamonds for missions and office openings. A list repeats it as text.
 */
export function LifecycleTimeline({ profile, asOf }: { profile: PartnerProfile; asOf: string }) {
  const { bars, markers, firstYear } = lifecycle(profile);
  if (firstYear === null) return null;
  const lastYear = Number(asOf.slice(0, 4)) + 1;
  const x = (date: string) => LEFT + ((Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12 - firstYear) / (lastYear - firstYear)) * (WIDTH - LEFT - 8);
  const height = (bars.length + (markers.length ? 1 : 0)) * ROW + 18;
  return (
    <figure className="lifecycle" data-testid="lifecycle">
      <figcaption>Over time</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Timeline of ties from ${firstYear}`}>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const colour = TIE_TYPE_COLOUR[b.type as TieType];
          const end = b.end ? x(b.end) : x(asOf);
          return (
            <g key={b.id}>
              <text x={0} y={y + 10} fontSize={10} fill="#1c2430">{TIE_TYPE_LABEL[b.type as TieType].short}</text>
              {b.start && <line x1={x(b.start)} x2={b.inForce ? x(b.inForce) : end} y1={y + 7} y2={y + 7} stroke={colour} strokeWidth={2} strokeDasharray="3 2" />}
              {b.inForce && <rect x={x(b.inForce)} y={y + 2} width={Math.max(2, end - x(b.inForce))} height={10} fill={colour} opacity={0.8} />}
            </g>
          );
        })}
        {markers.map((m) => (
          <path key={`${m.kind}-${m.date}`} d={`M${x(m.date)} ${bars.length * ROW + 4} l5 5 l-5 5 l-5 -5 z`} fill={m.kind === 'mission' ? '#c8102e' : '#0b5cad'}>
            <title>{`${m.label}, ${formatDate(m.date)}`}</title>
          </path>
        ))}
        <text x={LEFT} y={height - 2} fontSize={10} fill="#4d5868">{firstYear}</text>
        <text x={WIDTH - 8} y={height - 2} fontSize={10} fill="#4d5868" textAnchor="end">{lastYear - 1}</text>
      </svg>
      <ul className="lifecycle-list">
        {bars.map((b) => (
          <li key={b.id}>
            {TIE_TYPE_LABEL[b.type as TieType].short}: signed {formatDate(b.start)}, in force {formatDate(b.inForce)}
            {b.end ? `, ended ${formatDate(b.end)}` : ''}
          </li>
        ))}
        {markers.map((m) => (
          <li key={`${m.kind}-${m.date}`}>
            {m.label}, {formatDate(m.date)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
