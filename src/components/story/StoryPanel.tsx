import { useLayoutEffect } from 'react';
import type { StoryStepView } from '../../selectors/stories';
import { useI18n } from '../../i18n/use-i18n';
import { SourceLink } from '../ui/SourceLink';

interface Props {
  view: StoryStepView;
  onStep: (step: number) => void;
  onClose: () => void;
  /** false while About is read in the map screen's place: the arrow keys and Escape are About's, not the hidden story's. */
  onScreen: boolean;
}

/** Arrow keys move through the story, unless the reader is typing or choosing in a control. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** One step of a guided story: its sentences (figures computed from the records), sources and the way on. */
export function StoryPanel({ view, onStep, onClose, onScreen }: Props) {
  const { m, fmt } = useI18n();
  const { step, total } = view;
  // A layout effect: the listener goes with the commit that hides the story. A passive effect is
  // removed a moment after the screen changes, and an arrow key pressed in that moment (About just
  // shown) moved the hidden story (the keyboard test caught it about one run in eight).
  useLayoutEffect(() => {
    if (!onScreen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
      if (e.key === 'ArrowRight' && step < total) onStep(step + 1);
      else if (e.key === 'ArrowLeft' && step > 1) onStep(step - 1);
      else if (e.key === 'Escape') onClose();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, total, onStep, onClose, onScreen]);

  return (
    <section className="story-panel" aria-label={m.story.titles[view.story]} data-story={view.story} data-step={step}>
      <header className="story-head">
        <h2>{m.story.titles[view.story]}</h2>
        <button type="button" className="story-close" onClick={onClose} title={m.story.closeHint}>
          {m.story.close}
        </button>
      </header>
      <p className="story-progress">
        <span>{m.story.progress(step, total)}</span>
        <progress max={total} value={step} aria-hidden="true" />
      </p>
      <p className="story-text" aria-live="polite">
        {view.parts.map((part, i) =>
          'text' in part ? (
            <span key={i}>{part.text}</span>
          ) : (
            <strong
              key={i}
              className="story-figure"
              data-figure={part.figure.name}
              data-figure-year={part.figure.year ?? 'today'}
              data-value={part.figure.value}
            >
              {part.figure.name === 'year' ? String(part.figure.value) : fmt.number(part.figure.value)}
            </strong>
          ),
        )}
      </p>
      <p className="story-sources">
        {m.story.sources}:{' '}
        {view.sources.map((url, i) => (
          <span key={url}>
            {i > 0 && ' · '}
            <SourceLink url={url} label={String(i + 1)} />
          </span>
        ))}
      </p>
      <nav className="story-nav" aria-label={m.story.label}>
        <button type="button" onClick={() => onStep(step - 1)} disabled={step <= 1}>
          ← {m.story.back}
        </button>
        <button type="button" onClick={() => onStep(step + 1)} disabled={step >= total}>
          {m.story.next} →
        </button>
      </nav>
      <p className="story-keys">{m.story.keys}</p>
    </section>
  );
}
