import type { ReactNode } from 'react';
import { INK, MUTED, TIE_TYPE_COLOUR } from './palette';
import type { Status } from '../../domain/statuses';
import type { TieType } from '../../domain/tie-types';
import { useI18n } from '../../i18n/use-i18n';

/** What a tie's marks need: its status and dates (signature, entry into force, end). */
export interface TieSpan {
  status: Status;
  start: string | null;
  inForce: string | null;
  end: string | null;
}

/** A date's place in years ("2015-10" is 2015.75); a date given only as a year sits at its start. */
export const yearFraction = (date: string): number => Number(date.slice(0, 4)) + (date.length >= 7 ? Number(date.slice(5, 7)) - 1 : 0) / 12;

interface Props {
  span: TieSpan;
  /** The horizontal position of a date. */
  x: (date: string) => number;
  /** The row's top. */
  y: number;
  /** Where a tie with no end runs to (the as-of date). */
  today: number;
  colour: string;
  /** Where the row says that a tie has no date at all, so an empty row is not read as a gap in the chart. */
  undated?: { x: number; text: string };
}

/**
 * One tie's life on a time axis, drawn alike in the panel and the comparison: a dashed line from
 * signature to entry into force, a bar while in force, ending at termination; in force with no
 * date recorded, a faint band from signature (not the dashed "not yet in force").
 */
export function LifecycleMarks({ span, x, y, today, colour, undated }: Props) {
  const { status, start, inForce } = span;
  const end = span.end ? x(span.end) : today;
  return (
    <>
      {start && !inForce && status === 'in_force' && (
        <line x1={x(start)} x2={end} y1={y + 7} y2={y + 7} stroke={colour} strokeWidth={6} opacity={0.35} />
      )}
      {start && (inForce || status !== 'in_force') && (
        <line x1={x(start)} x2={inForce ? x(inForce) : end} y1={y + 7} y2={y + 7} stroke={colour} strokeWidth={2} strokeDasharray="3 2" />
      )}
      {!start && undated && (
        <text x={undated.x} y={y + 11} fontSize={10} fill={MUTED}>
          {undated.text}
        </text>
      )}
      {inForce && <rect x={x(inForce)} y={y + 2} width={Math.max(2, end - x(inForce))} height={10} fill={colour} opacity={0.85} />}
    </>
  );
}

interface RowProps {
  span: TieSpan & { type: TieType };
  x: (date: string) => number;
  /** The row's top. */
  y: number;
  today: number;
  /** Where the type's short name starts, and where "dates not recorded" does. */
  labelX: number;
  marksX: number;
  /** A tooltip or other SVG content of the row. */
  children?: ReactNode;
}

/** One tie's row on a time chart, alike in the panel and the comparison: its type, then its marks. */
export function LifecycleRow({ span, x, y, today, labelX, marksX, children }: RowProps) {
  const { m } = useI18n();
  return (
    <g>
      <text x={labelX} y={y + 11} fontSize={10} fill={INK}>
        {m.tieType[span.type].short}
      </text>
      <LifecycleMarks
        span={span}
        x={x}
        y={y}
        today={today}
        colour={TIE_TYPE_COLOUR[span.type]}
        undated={{ x: marksX, text: `${m.statusInChart[span.status]} · ${m.undated}` }}
      />
      {children}
    </g>
  );
}
