/**
 * The timeline must never drop a tie in force: each one is either placed in the year it entered into
 * force or counted in the "in force, date not recorded" group. Checked on the assembled atlas with
 * the same selector the chart uses, so the build fails before a chart could disagree with the map.
 */
import type { Atlas } from '../../src/domain/records';
import { TIE_TYPES } from '../../src/domain/tie-types';
import { cumulativeTimeline } from '../../src/selectors/chart-series';
import type { DataError } from './data-error';

export function timelineErrors(atlas: Atlas): DataError[] {
  const lastYear = Number(atlas.asOf.slice(0, 4));
  const inForce = atlas.ties.filter((t) => t.status === 'in_force');
  const { rows, undated } = cumulativeTimeline(inForce, TIE_TYPES, 'inForce', lastYear);
  const last = rows[rows.length - 1];
  return TIE_TYPES.flatMap((type) => {
    const expected = inForce.filter((t) => t.tieType === type).length;
    const shown = (last?.[type] ?? 0) + (undated[type] ?? 0);
    if (shown === expected) return [];
    return [
      {
        file: `ties/${type}.csv`,
        message: `the timeline shows ${shown} of ${expected} ties in force by ${lastYear}: an entry-into-force date after the as-of date?`,
      },
    ];
  });
}
