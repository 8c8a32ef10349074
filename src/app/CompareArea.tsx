import { CompareSection } from '../components/compare/CompareSection';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import type { Iso2 } from '../domain/primitives';
import type { Atlas, Economy } from '../domain/records';
import type { TieType } from '../domain/tie-types';
import { useI18n } from '../i18n/use-i18n';
import { addToCompare, clearCompare, removeFromCompare } from '../state/ui-actions';
import { COMPARE_MAX } from '../state/ui-state';

interface Props {
  atlas: Atlas;
  /** The economies compared, in the order they were added. */
  codes: readonly Iso2[];
  /** The tie types shown. */
  types: readonly TieType[];
  partners: readonly Economy[];
}

/** The comparison, under the map, in its own error boundary: if it fails, the rest keeps working. */
export function CompareArea({ atlas, codes, types, partners }: Props) {
  const { m } = useI18n();
  return (
    <div className="compare-area">
      <ErrorBoundary part={m.compare.region} resetKey={codes.join(',')}>
        <CompareSection
          atlas={atlas}
          codes={codes}
          types={types}
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
