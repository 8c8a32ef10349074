import type { CSSProperties } from 'react';
import { OFFICE_TYPE_LABEL } from '../../i18n/labels';
import { LEGEND } from './map-style';
import { OFFICE_STYLE, shapePoints } from './office-style';
import type { OfficeType } from '../../domain/records';

/** The same hatching the map draws for "only signed or under negotiation", with its dashed outline. */
const PIPELINE_SWATCH: CSSProperties = {
  backgroundColor: LEGEND.pipeline,
  backgroundImage: `repeating-linear-gradient(-45deg, transparent 0 3px, ${LEGEND.pipelineInk}8c 3px 4.5px)`,
  border: `1.5px dashed ${LEGEND.pipelineInk}`,
};

const inForce = (colour: string): CSSProperties => ({ backgroundColor: colour, border: `1.5px solid ${LEGEND.inForce[3]}` });

const AREAS: { label: string; style: CSSProperties }[] = [
  { label: '1 type of tie in force (solid outline)', style: inForce(LEGEND.inForce[0]) },
  { label: '2 types', style: inForce(LEGEND.inForce[1]) },
  { label: '3 types', style: inForce(LEGEND.inForce[2]) },
  { label: '4 or more types', style: inForce(LEGEND.inForce[3]) },
  { label: 'Only signed or under negotiation (hatched, dashed outline; small economies: a ring)', style: PIPELINE_SWATCH },
  { label: 'No recorded tie (plain grey, no outline)', style: { backgroundColor: LEGEND.none, borderColor: LEGEND.none } },
  { label: 'Hong Kong, the hub', style: { backgroundColor: LEGEND.hub, borderRadius: '50%' } },
  { label: 'Economies the open office covers', style: { backgroundColor: '#fff', border: `3px solid ${LEGEND.covered}` } },
];

const LEGEND_OFFICES: OfficeType[] = ['eto_overseas', 'eto_mainland', 'liaison_unit'];

function OfficeIcon({ type }: { type: OfficeType }) {
  const { shape, colour } = OFFICE_STYLE[type];
  const points = shapePoints(shape).map(([x, y]) => `${x * 16},${y * 16}`).join(' ');
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="legend-icon">
      <polygon points={points} fill={colour} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

/** Explains the map in words as well as swatches: fills, patterns, arcs and office shapes. */
export function MapLegend() {
  return (
    <div className="legend" aria-label="Map legend" role="group">
      <p className="legend-title">Types of tie with Hong Kong (selected types)</p>
      <ul>
        {AREAS.map((i) => (
          <li key={i.label}>
            <span className="swatch" style={i.style} aria-hidden="true" />
            {i.label}
          </li>
        ))}
      </ul>
      <p className="legend-title">Arcs from Hong Kong</p>
      <ul>
        <li>
          <span className="line-swatch" style={{ borderTop: `2px solid ${LEGEND.arcInForce}` }} aria-hidden="true" />
          Ties in force (solid)
        </li>
        <li>
          <span className="line-swatch" style={{ borderTop: `2px dashed ${LEGEND.pipelineInk}` }} aria-hidden="true" />
          Only signed or under negotiation (dashed)
        </li>
      </ul>
      <p className="legend-title">Hong Kong's offices</p>
      <ul>
        {LEGEND_OFFICES.map((type) => (
          <li key={type}>
            <OfficeIcon type={type} />
            {OFFICE_TYPE_LABEL[type].one}
          </li>
        ))}
      </ul>
    </div>
  );
}
