/**
 * Images the style uses, drawn on a canvas at load time (no sprite file to fetch): the hatching
 * of "only signed or under negotiation" shapes and one marker per office type.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { OFFICE_TYPES } from '../../domain/record-kinds';
import type { OfficeType } from '../../domain/records';
import { LEGEND } from './map-style';
import { OFFICE_STYLE, shapePoints } from './office-style';

export const PIPELINE_PATTERN = 'pattern-pipeline';
export const officeIconId = (type: OfficeType) => `office-${type}`;

const PIXEL_RATIO = 2;

function canvas(size: number): CanvasRenderingContext2D {
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  return c.getContext('2d')!;
}

/** Diagonal stripes that tile seamlessly: one stripe through the tile's corners, two half stripes. */
function hatch(): ImageData {
  const size = 8 * PIXEL_RATIO;
  const ctx = canvas(size);
  ctx.strokeStyle = LEGEND.pipelineInk;
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = 1.2 * PIXEL_RATIO;
  for (const offset of [-size, 0, size]) {
    ctx.beginPath();
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

function marker(type: OfficeType): ImageData {
  const size = 16 * PIXEL_RATIO;
  const ctx = canvas(size);
  const { shape, colour } = OFFICE_STYLE[type];
  ctx.beginPath();
  shapePoints(shape).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * size, y * size) : ctx.lineTo(x * size, y * size)));
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 1.5 * PIXEL_RATIO;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

export function registerMapImages(map: MaplibreMap): void {
  if (!map.hasImage(PIPELINE_PATTERN)) map.addImage(PIPELINE_PATTERN, hatch(), { pixelRatio: PIXEL_RATIO });
  for (const type of OFFICE_TYPES) {
    if (!map.hasImage(officeIconId(type))) map.addImage(officeIconId(type), marker(type), { pixelRatio: PIXEL_RATIO });
  }
}
