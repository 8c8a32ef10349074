import { CompareSection } from '../components/compare/CompareSection';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import type { Atlas, Economy } from '../domain/records';
import { useI18n } from '../i18n/use-i18n';
import { COMPARE_MAX, type UiState } from '../state/ui-state';
import { useUiActions } from '../state/use-ui-actions';

/** The comparison, under the map, in its own error boundary: if it fails, the rest keeps working. */
export function CompareArea({ atlas, ui, partners }: { atlas: Atlas; ui: UiState; partners: readonly Economy[] }) {
  const { m } = useI18n();
  const { addToCompare, removeFromCompare, clearCompare } = useUiActions();
  return (
    <div className="compare-area">
      <ErrorBoundary part={m.compare.region} resetKey={ui.compare.join(',')}>
        <CompareSection
          atlas={atlas}
          codes={ui.compare}
          types={ui.types}
          partners={partners}
          max={COMPARE_MAX}
          onAdd={addToCompare}
          onRemove={removeFromCompare}
          onClear={clearCompare}
        />
      </ErrorBoundary>
    </div>
  );
}
