import type { Atlas } from '../domain/records';
import type { StoryId } from '../domain/stories';
import { storySteps } from '../selectors/stories';
import { showStoryStep } from '../state/ui-actions';

/** Opens a story's step with the view it sets (its year and tie types); a step the story does not have does nothing. */
export function goToStoryStep(atlas: Atlas, story: StoryId, step: number): void {
  const s = storySteps(atlas, story)[step - 1];
  if (s) showStoryStep(story, step, { year: s.year, types: s.types });
}
