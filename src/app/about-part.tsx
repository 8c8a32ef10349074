import type { QueryClient } from '@tanstack/react-query';
import { lazyPart } from '../components/ui/lazy-part';
import { StatusMessage } from '../components/ui/StatusMessage';
import { changesQuery } from '../data/changes-query';

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
 * download, a render and another download in turn.
 */
export function preloadAbout(client: QueryClient): void {
  AboutPart.preload();
  void client.prefetchQuery(changesQuery());
}
