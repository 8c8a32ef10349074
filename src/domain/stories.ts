import { z } from './zod';
import { iso2Schema, sourceUrlSchema } from './primitives';
import { TIE_TYPES } from './tie-types';
import { STORY_IDS } from './story-keys';

/**
 * Guided stories: each step sets the view (year, types, highlighted economies, camera) and shows
 * two or three sentences in each language. Figures in the text are placeholders such as
 * `{cdta_partners}` that a selector computes from the records as at the step's year, never typed.
 */
export { isStoryFigure, PLACEHOLDER, placeholdersOf, STORY_FIGURES, STORY_IDS } from './story-keys';
export type { Placeholder, StoryFigure, StoryId } from './story-keys';

/** `world`, `partners` (fit the highlighted economies) or bounds `west,south,east,north`. */
export const storyCameraSchema = z.union([
  z.literal('world'),
  z.literal('partners'),
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)]),
]);
export type StoryCamera = z.infer<typeof storyCameraSchema>;

export const storyStepSchema = z.object({
  story: z.enum(STORY_IDS),
  step: z.number().int().min(1),
  year: z.number().int().nullable(),
  types: z.array(z.enum(TIE_TYPES)).min(1),
  highlight: z.array(iso2Schema),
  camera: storyCameraSchema,
  text: z.object({ en: z.string().min(1), zhHK: z.string().min(1), zhCN: z.string().min(1) }),
  sources: z.array(sourceUrlSchema).min(1),
});
export type StoryStep = z.infer<typeof storyStepSchema>;
