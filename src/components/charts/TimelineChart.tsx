import { memo, useRef } from 'react';
import { Area, AreaChart, Brush, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TieType } from '../../domain/tie-types';
import type { TimelineRow } from '../../selectors/chart-series';
import type { TimelineEvent } from '../../selectors/timeline-events';
import type { CountRule, DateBasis } from '../../domain/time-axis';
import { TIE_TYPE_COLOUR } from '../ui/palette';
import { useI18n } from '../../i18n/use-i18n';
import { ChartDownloads } from './ChartDownloads';
import { TimelineEvents } from './TimelineEvents';
import { TimelineSwitches } from './TimelineSwitches';
import { UndatedGroup } from './UndatedGroup';

interface Props {
  /** Every year from the first tie to the last year, so the brush can navigate the whole history. */
  rows: TimelineRow[];
  /** Per type, what counts today with no date on the basis: shown as its own group, never dropped. */
  undated: Partial<Record<TieType, number>>;
  undatedTotal: number;
  types: readonly TieType[];
  span: { from: number; to: number };
  events: TimelineEvent[];
  basis: DateBasis;
  rule: CountRule;
  onBasis: (basis: DateBasis) => void;
  onRule: (rule: CountRule) => void;
  onSpan: (from: number, to: number) => void;
  onHoverYear: (year: number | null) => void;
}

/** How the network grew: cumulative ties per year, stacked by type, with events and a brush for the span. */
function TimelineChartView(p: Props) {
  const { m, fmt } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const years = p.rows.map((r) => r.year);
  const index = (year: number) => Math.max(0, years.indexOf(Math.min(Math.max(year, years[0] ?? year), years[years.length - 1] ?? year)));
  const visible = p.rows.filter((r) => r.year >= p.span.from && r.year <= p.span.to);
  const last = visible[visible.length - 1];
  const eventYears = [...new Set(p.events.map((e) => e.year))];
  // Undated ties count today only: the table shows them when the span reaches the last year.
  const isToday = !!last && last.year === p.rows[p.rows.length - 1]?.year;
  return (
    <figure className="chart chart-wide" data-testid="timeline-chart" ref={figure}>
      <figcaption>{m.charts.timeline}</figcaption>
      <TimelineSwitches basis={p.basis} rule={p.rule} onBasis={p.onBasis} onRule={p.onRule} />
      <div className="chart-body">
        <ResponsiveContainer width="100%" height={280}>
          <AreaChart
            data={p.rows}
            margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
            onMouseMove={(s) =>
              p.onHoverYear(typeof s.activeLabel === 'number' ? s.activeLabel : s.activeLabel ? Number(s.activeLabel) : null)
            }
            onMouseLeave={() => p.onHoverYear(null)}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Legend verticalAlign="top" />
            {eventYears.map((y) => (
              <ReferenceLine key={y} x={y} stroke="#6b7280" strokeDasharray="2 3" ifOverflow="hidden" />
            ))}
            {p.types.map((t) => (
              <Area
                key={t}
                type="stepAfter"
                dataKey={t}
                name={m.tieType[t].short}
                stackId="ties"
                stroke={TIE_TYPE_COLOUR[t]}
                fill={TIE_TYPE_COLOUR[t]}
                fillOpacity={0.55}
                isAnimationActive={false}
              />
            ))}
            {p.rows.length > 1 && (
              <Brush
                // A new brush when the years change (a filter moved the first tie's year): the controlled
                // indexes below arrive a render before Recharts' own copy of the data, and the old brush
                // would place them on the old years' scale (NaN positions, a console error per handle).
                key={`${years[0]}-${years.length}`}
                ariaLabel={m.charts.brushLabel(String(p.span.from), String(p.span.to))}
                dataKey="year"
                height={22}
                startIndex={index(p.span.from)}
                endIndex={index(p.span.to)}
                onDragEnd={(r) => {
                  if (r.startIndex !== undefined && r.endIndex !== undefined) p.onSpan(years[r.startIndex], years[r.endIndex]);
                }}
              />
            )}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note" data-testid="count-rule">
        {p.rule === 'partner' ? m.charts.rulePartner : m.charts.ruleAgreement} {m.charts.eventsNote}
      </p>
      <UndatedGroup undated={p.undated} total={p.undatedTotal} types={p.types} inForce={p.basis === 'inForce'} />
      {last && (
        <table className="chart-table">
          <caption>{m.charts.tiesAtEnd(String(last.year), String(p.span.from), String(p.span.to))}</caption>
          <thead>
            <tr>
              <th scope="col">{m.charts.colType}</th>
              <th scope="col">{m.charts.colDated(String(last.year))}</th>
              {isToday && <th scope="col">{m.charts.colUndated}</th>}
              {isToday && <th scope="col">{m.charts.colTotal}</th>}
            </tr>
          </thead>
          <tbody>
            {p.types.map((t) => (
              <tr key={t} data-type={t}>
                <th scope="row">{m.tieType[t].long}</th>
                <td className="num">{fmt.number(last[t] ?? 0)}</td>
                {isToday && (
                  <td className="num" data-col="undated">
                    {fmt.number(p.undated[t] ?? 0)}
                  </td>
                )}
                {isToday && (
                  <td className="num" data-col="total">
                    {fmt.number((last[t] ?? 0) + (p.undated[t] ?? 0))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TimelineEvents events={p.events} />
      <ChartDownloads
        name="hk-ties-timeline"
        title={m.charts.timeline}
        legend={p.types.map((t) => ({ colour: TIE_TYPE_COLOUR[t], label: fmt.labelled(m.tieType[t].short, m.tieType[t].long) }))}
        extra={[
          m.exports.spanShown(String(p.span.from), String(p.span.to)),
          m.exports.basis(p.basis === 'inForce' ? m.filters.inForce : m.filters.signed),
          m.exports.rule(p.rule === 'partner' ? m.charts.perPartner : m.charts.perAgreement),
        ]}
        rows={visible.map((r) => ({ year: r.year, ...Object.fromEntries(p.types.map((t) => [t, r[t] ?? 0])) }))}
        figure={figure}
      />
    </figure>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const TimelineChart = memo(TimelineChartView);
