import { forwardRef } from 'react';
import { GRID, INK, MUTED } from '../ui/palette';
import { useI18n } from '../../i18n/use-i18n';
import { LifecycleRow, yearFraction } from '../ui/LifecycleMarks';
import type { compareLifecycles } from '../../selectors/compare';

const WIDTH = 760;
const LEFT = 170;
const ROW = 16;
const LANE_GAP = 10;
const TOP = 24;

interface Props {
  model: ReturnType<typeof compareLifecycles>;
  asOf: string;
}

/**
 * Every compared economy's ties on one shared time axis: a dashed line from signature to entry
 * into force, a bar while in force, ending at termination. Its downloads frame it with a title,
 * the types, the legend and the source (chart-image.ts).
 */
export const CompareLifecycles = forwardRef<HTMLElement, Props>(function CompareLifecycles({ model, asOf }, ref) {
  const { m, fmt } = useI18n();
  const { lanes, firstYear, lastYear } = model;
  const span = Math.max(1, lastYear + 1 - firstYear);
  const x = (date: string) => LEFT + ((yearFraction(date) - firstYear) / span) * (WIDTH - LEFT - 12);
  let y = TOP;
  const placed = lanes.map((lane) => {
    const top = y;
    y += Math.max(1, lane.bars.length) * ROW + ROW + LANE_GAP;
    return { lane, top };
  });
  const axisY = y;
  const ticks: number[] = [];
  const step = span > 20 ? 5 : span > 8 ? 2 : 1;
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) ticks.push(year);
  return (
    <figure className="compare-lifecycles" ref={ref} data-testid="compare-lifecycles">
      <figcaption>
        {m.compare.lifecycles} <span className="muted">{m.compare.lifecycleKey}</span>
      </figcaption>
      <svg
        width={WIDTH}
        viewBox={`0 0 ${WIDTH} ${axisY + 22}`}
        role="img"
        aria-label={m.compare.lifecycleLabel(String(firstYear), String(lastYear))}
      >
        <rect x={0} y={0} width={WIDTH} height={axisY + 22} fill="#ffffff" />
        <line x1={LEFT} x2={WIDTH - 12} y1={axisY} y2={axisY} stroke={MUTED} />
        {ticks.map((year) => (
          <g key={year}>
            <line x1={x(`${year}-01`)} x2={x(`${year}-01`)} y1={TOP} y2={axisY + 4} stroke={GRID} />
            <text x={x(`${year}-01`)} y={axisY + 16} fontSize={10} fill={MUTED} textAnchor="middle">
              {year}
            </text>
          </g>
        ))}
        {placed.map(({ lane, top }) => (
          <g key={lane.economy.iso2} data-iso2={lane.economy.iso2}>
            <text x={0} y={top + 12} fontSize={12} fontWeight={700} fill={INK}>
              {fmt.economyName(lane.economy)}
            </text>
            {lane.bars.length === 0 && (
              <text x={LEFT} y={top + ROW + 11} fontSize={10} fill={MUTED}>
                {m.compare.none}
              </text>
            )}
            {lane.bars.map((b, i) => {
              const rowY = top + ROW + i * ROW;
              return (
                <LifecycleRow key={b.id} span={b} x={x} y={rowY} today={x(asOf)} labelX={12} marksX={LEFT + 4}>
                  <title>{`${fmt.economyName(lane.economy)} · ${m.tieType[b.type].short}: ${m.status[b.status]} · ${m.panel.signed} ${fmt.date(b.signed)} · ${m.panel.inForce} ${fmt.date(b.inForce)}`}</title>
                </LifecycleRow>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
});
