import type { QueryClient } from '@tanstack/react-query';
import { lazyPart } from '../components/ui/lazy-part';
import { StatusMessage } from '../components/ui/StatusMessage';
import { atlasQuery } from '../data/atlas-query';
import { changesQuery } from '../data/changes-query';
import type { Locale } from '../domain/locales';

/** About the data, downloaded on demand; if the download fails it says so in About's own area, with Retry. */
export const AboutPart = lazyPart(() => import('../components/about/AboutView').then((mod) => mod.AboutView), {
  part: (m) => m.failure.parts.about,
  loading: (m) => <StatusMessage title={m.loading} />,
  frame: (message, m) => (
    <main className="about" aria-label={m.about.title}>
      {message}
    </main>
  ),
});

/**
 * About's code and its release list (changes.json), asked for together when the reader reaches for
 * the About button (pointer, focus, touch) or presses it: About then opens in one step, not after a
 * download, a render and another download in turn. What About shows of the records is worked out
 * then too, in a task of its own after the input's frame (kept per atlas: about-models.ts).
 */
export function preloadAbout(client: QueryClient, lang: Locale): void {
  AboutPart.preload();
  void client.prefetchQuery(changesQuery());
  const atlas = client.getQueryData(atlasQuery().queryKey);
  if (!atlas) return;
  void import('../components/about/about-models').then(
    (models) => setTimeout(() => models.missingFactsInOrder(atlas, lang)),
    () => undefined, // a failed download is About's own to report when it opens
  );
}
