import type { ComponentProps } from 'react';
import { DetailsPanel } from '../components/panel/DetailsPanel';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { useI18n } from '../i18n/use-i18n';
import { addToCompare, removeFromCompare, select, selectOffice } from '../state/ui-actions';
import { COMPARE_MAX } from '../state/ui-state';
import { useUiPick } from '../state/ui-store';

type Props = Omit<ComponentProps<typeof DetailsPanel>, 'onSelect' | 'onSelectOffice' | 'compare' | 'year'>;

const PANEL_KEYS = ['selected', 'compare', 'year'] as const;

/** The side panel's area, in its own error boundary: if the panel fails, the map and charts still work. */
export function PanelArea(content: Props) {
  const { m } = useI18n();
  // The year: the network counts follow it. The comparison: the partner panel offers "Add to compare".
  const { selected, compare, year } = useUiPick(PANEL_KEYS);
  const inCompare = !!selected && compare.includes(selected);
  const toggle = selected
    ? {
        inCompare,
        full: compare.length >= COMPARE_MAX,
        onToggle: () => (inCompare ? removeFromCompare(selected) : addToCompare([selected])),
      }
    : undefined;
  return (
    <aside className="panel" aria-label={m.panel.details} id={SKIP_TARGETS.panel} tabIndex={-1}>
      {/* A new selection retries a failed panel. */}
      <ErrorBoundary part={m.failure.parts.panel} resetKey={selected}>
        <DetailsPanel {...content} year={year} onSelect={select} onSelectOffice={selectOffice} compare={toggle} />
      </ErrorBoundary>
    </aside>
  );
}
