import { useI18n } from '../i18n/use-i18n';

/**
 * The charts' place while the first view settles and their code downloads (about a second on a slow
 * machine): named, saying so, and as tall as their first row, so the first screen shows no empty band
 * under the map and nothing below jumps when they arrive.
 */
export function ChartsLoading() {
  const { m } = useI18n();
  return (
    <section className="charts charts-loading" aria-label={m.charts.section} aria-busy="true" data-testid="charts-loading">
      <p className="muted">{m.charts.loading}</p>
    </section>
  );
}
