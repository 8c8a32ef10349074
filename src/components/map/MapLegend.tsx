import { memo, useState } from 'react';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/use-i18n';
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

/** Swatches in the order of the legend's labels (messages map.legendAreas). */
const AREA_SWATCHES: CSSProperties[] = [
  inForce(LEGEND.inForce[0]),
  inForce(LEGEND.inForce[1]),
  inForce(LEGEND.inForce[2]),
  inForce(LEGEND.inForce[3]),
  PIPELINE_SWATCH,
  { backgroundColor: LEGEND.none, borderColor: LEGEND.none },
  { backgroundColor: LEGEND.hub, borderRadius: '50%' },
  { backgroundColor: '#fff', border: `3px solid ${LEGEND.covered}` },
];

const LEGEND_OFFICES: OfficeType[] = ['eto_overseas', 'eto_mainland', 'liaison_unit'];

function OfficeIcon({ type }: { type: OfficeType }) {
  const { shape, colour } = OFFICE_STYLE[type];
  const points = shapePoints(shape)
    .map(([x, y]) => `${x * 16},${y * 16}`)
    .join(' ');
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="legend-icon">
      <polygon points={points} fill={colour} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

/** Explains the map in words as well as swatches: fills, patterns, arcs and office shapes. */
function MapLegendView() {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="legend map-legend" role="group" aria-label={m.legend.label}>
      {/* The full key, words and all, unfolds above the compact one. */}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{m.legend.more}</summary>
        <p className="legend-title">{m.legend.title}</p>
        <ul>
          {m.map.legendAreas.map((label, i) => (
            <li key={label}>
              <span className="swatch" style={AREA_SWATCHES[i]} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
        <p className="legend-title">{m.map.legendArcs}</p>
        <ul>
          <li>
            <span className="line-swatch" style={{ borderTop: `2px solid ${LEGEND.arcInForce}` }} aria-hidden="true" />
            {m.map.arcInForce}
          </li>
          <li>
            <span className="line-swatch" style={{ borderTop: `2px dashed ${LEGEND.pipelineInk}` }} aria-hidden="true" />
            {m.map.arcPipeline}
          </li>
        </ul>
        <p className="legend-title">{m.map.legendOffices}</p>
        <ul>
          {LEGEND_OFFICES.map((type) => (
            <li key={type}>
              <OfficeIcon type={type} />
              {m.officeType[type].one}
            </li>
          ))}
        </ul>
      </details>
      {/* Always in view, as in OWID's map legend: the colour steps, then the other fills. */}
      <ul className="legend-key" hidden={open}>
        <li className="legend-steps">
          {['1', '2', '3', '4+'].map((step, i) => (
            <span key={step} className="legend-step">
              <span className="swatch" style={AREA_SWATCHES[i]} aria-hidden="true" />
              {step}
            </span>
          ))}
          <span>{m.legend.typesInForce}</span>
        </li>
        {(['pipeline', 'none', 'hub'] as const).map((key, i) => (
          <li key={key}>
            <span className="swatch" style={AREA_SWATCHES[4 + i]} aria-hidden="true" />
            {m.legend[key]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const MapLegend = memo(MapLegendView);
