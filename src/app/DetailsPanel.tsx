import type { ComponentProps } from 'react';
import { DetailsPanel as PanelContent } from '../components/panel/DetailsPanel';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { SKIP_TARGETS } from '../components/ui/SkipLinks';
import { useI18n } from '../i18n/use-i18n';
import { useUiActions } from '../state/use-ui-actions';

type Props = Omit<ComponentProps<typeof PanelContent>, 'onSelect' | 'onSelectOffice'> & {
  /** A new selection retries a failed panel. */
  selected: string | null;
};

/** The side panel, in its own error boundary: if it fails, the map and charts still work. */
export function DetailsPanel({ selected, ...content }: Props) {
  const { m } = useI18n();
  const { select, selectOffice } = useUiActions();
  return (
    <aside className="panel" aria-label={m.panel.details} id={SKIP_TARGETS.panel} tabIndex={-1}>
      <ErrorBoundary part={m.table.parts.panel} resetKey={selected}>
        <PanelContent {...content} onSelect={select} onSelectOffice={selectOffice} />
      </ErrorBoundary>
    </aside>
  );
}
