import { STORY_IDS } from '../../domain/story-keys';
import type { StoryId } from '../../domain/stories';
import { useI18n } from '../../i18n/use-i18n';

/** The stories on offer: each opens at its first step. */
export function StoryLauncher({ current, onStart }: { current: StoryId | null; onStart: (story: StoryId) => void }) {
  const { m } = useI18n();
  return (
    <nav className="story-launcher" aria-label={m.story.label}>
      <span className="story-launcher-label">{m.story.label}:</span>
      {STORY_IDS.map((id) => (
        <button key={id} type="button" aria-pressed={current === id} onClick={() => onStart(id)}>
          {m.story.titles[id]}
        </button>
      ))}
    </nav>
  );
}
