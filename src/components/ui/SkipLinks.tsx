import { useI18n } from '../../i18n/use-i18n';

/** Where the skip links lead: each region's id (it takes the focus, tabIndex -1). */
export const SKIP_TARGETS = { map: 'atlas-map', filters: 'atlas-filters', panel: 'atlas-panel', charts: 'atlas-charts' } as const;

/**
 * Skip links, first in the tab order and shown when focused: to the map, the filters, the panel
 * and the charts. They move the focus without changing the address (the URL holds the view state).
 */
export function SkipLinks() {
  const { m } = useI18n();
  return (
    <nav className="skip-links" aria-label={m.skip.label}>
      {(Object.keys(SKIP_TARGETS) as (keyof typeof SKIP_TARGETS)[]).map((k) => (
        <a
          key={k}
          href={`#${SKIP_TARGETS[k]}`}
          onClick={(e) => {
            const target = document.getElementById(SKIP_TARGETS[k]);
            if (!target) return;
            e.preventDefault();
            target.focus();
            target.scrollIntoView({ block: 'nearest' });
          }}
        >
          {m.skip[k]}
        </a>
      ))}
    </nav>
  );
}
