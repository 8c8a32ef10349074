import type { OfficeType } from '../../domain/records';

export type MarkerShape = 'square' | 'diamond' | 'triangle' | 'circle';

/** One shape and colour per office type: the shape alone tells the types apart. */
export const OFFICE_STYLE: Record<OfficeType, { shape: MarkerShape; colour: string }> = {
  eto_overseas: { shape: 'square', colour: '#1a237e' },
  eto_mainland: { shape: 'diamond', colour: '#00695c' },
  liaison_unit: { shape: 'triangle', colour: '#6d4c41' },
  investhk: { shape: 'circle', colour: '#37474f' },
  hktdc: { shape: 'circle', colour: '#546e7a' },
};

/** Vertices of each shape in a unit box (0..1), shared by the map icons and the legend's SVG. */
export function shapePoints(shape: MarkerShape): [number, number][] {
  switch (shape) {
    case 'square':
      return [
        [0.18, 0.18],
        [0.82, 0.18],
        [0.82, 0.82],
        [0.18, 0.82],
      ];
    case 'diamond':
      return [
        [0.5, 0.06],
        [0.94, 0.5],
        [0.5, 0.94],
        [0.06, 0.5],
      ];
    case 'triangle':
      return [
        [0.5, 0.08],
        [0.94, 0.86],
        [0.06, 0.86],
      ];
    case 'circle':
      return Array.from({ length: 20 }, (_, i) => [
        0.5 + 0.38 * Math.cos((i / 20) * 2 * Math.PI),
        0.5 + 0.38 * Math.sin((i / 20) * 2 * Math.PI),
      ]);
  }
}
