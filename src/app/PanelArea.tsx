import type { ComponentProps } from 'react';
import { DetailsPanel } from '../components/panel/DetailsPanel';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { useI18n } from '../i18n/use-i18n';
import { useUiActions } from '../state/use-ui-actions';
import { COMPARE_MAX } from '../state/ui-state';
import type { Iso2 } from '../domain/primitives';

type Props = Omit<ComponentProps<typeof DetailsPanel>, 'onSelect' | 'onSelectOffice' | 'compare'> & {
  /** A new selection retries a failed panel. */
  selected: Iso2 | null;
  /** The economies in the comparison: the partner panel offers "Add to compare". */
  compare: readonly Iso2[];
};

/** The side panel's area, in its own error boundary: if the panel fails, the map and charts still work. */
export function PanelArea({ selected, compare, ...content }: Props) {
  const { m } = useI18n();
  const { select, selectOffice, addToCompare, removeFromCompare } = useUiActions();
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
      <ErrorBoundary part={m.failure.parts.panel} resetKey={selected}>
        <DetailsPanel {...content} onSelect={select} onSelectOffice={selectOffice} compare={toggle} />
      </ErrorBoundary>
    </aside>
  );
}
