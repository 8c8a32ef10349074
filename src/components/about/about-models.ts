import type { Locale } from '../../domain/locales';
import type { Atlas } from '../../domain/records';
import { formatters } from '../../i18n/format';
import { citedSources, sourcesByHost } from '../../selectors/cited-sources';
import { dataCoverage, type MissingFact, missingFactsInReadersOrder } from '../../selectors/data-coverage';
import { disagreementRows } from '../../selectors/disagreements';
import { perAtlas } from '../../selectors/per-atlas';
import { economyNamer } from '../ui/use-economy-name';

/**
 * What About shows of the records. These walk every record, and About is made again each time it
 * opens, so they are worked out once per atlas (the missing facts' order once per language too),
 * and ahead of the first opening when the reader reaches for the About button (about-part.tsx).
 */
export const aboutModels = perAtlas((atlas) => ({
  groups: sourcesByHost(citedSources(atlas)),
  coverage: dataCoverage(atlas),
  disagreements: disagreementRows(atlas),
}));

const factsByLanguage = perAtlas(() => new Map<Locale, MissingFact[]>());

/** The facts no page states, by the names the reader sees, in the reader's collation. */
export function missingFactsInOrder(atlas: Atlas, lang: Locale): MissingFact[] {
  const kept = factsByLanguage(atlas);
  const known = kept.get(lang);
  if (known) return known;
  const fmt = formatters(lang);
  const place = economyNamer(atlas.economies, fmt);
  const ordered = missingFactsInReadersOrder(
    aboutModels(atlas).coverage.missing,
    (f) => fmt.local(f.name, f.nameZh).text,
    place,
    fmt.compare,
  );
  kept.set(lang, ordered);
  return ordered;
}
