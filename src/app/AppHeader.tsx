import type { View } from '../state/ui-state';

const VIEW_LABEL: Record<View, string> = { atlas: 'Map', table: 'Table', about: 'About the data' };

export function AppHeader({ view, onView }: { view: View; onView: (v: View) => void }) {
  return (
    <header className="app-header">
      <h1>Hong Kong Ties Atlas</h1>
      <p className="tagline">Hong Kong's trade, investment, tax and customs agreements with the world, from official sources.</p>
      <nav aria-label="Views" className="views">
        {(['atlas', 'about'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
            {VIEW_LABEL[v]}
          </button>
        ))}
      </nav>
    </header>
  );
}
