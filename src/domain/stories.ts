import { z } from './zod';
import { iso2Schema, sourceUrlSchema } from './primitives';
import { TIE_TYPES } from './tie-types';

/**
 * Guided stories: each step sets the view (year, types, highlighted economies, camera) and shows
 * two or three sentences in each language. Figures in the text are placeholders such as
 * `{cdta_partners}` that a selector computes from the records as at the step's year, never typed.
 */
export const STORY_IDS = ['growth', 'goglobal'] as const;
export type StoryId = (typeof STORY_IDS)[number];

/** The named figures a story's text may quote; src/selectors/story-figures.ts computes each. */
export const STORY_FIGURES = [
  'year',
  'fta_partners',
  'ippa_partners',
  'cdta_partners',
  'aeo_partners',
  'partners_in_force',
  'asean_partners',
  'rcep_partners',
  'bri_partners',
  'bri_with_cdta',
  'eto_overseas',
  'mainland_offices',
  'offices_covered',
  'missions',
  'mission_destinations',
  'mission_mous',
  /** Missions begun in the step's year itself: says honestly when the records hold none yet. */
  'missions_in_year',
] as const;
export type StoryFigure = (typeof STORY_FIGURES)[number];

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

/** `{cdta_partners}` is the figure as at the step's year; `{cdta_partners@2010}` as at the end of 2010. */
export const PLACEHOLDER = /\{([a-z_]+)(?:@(\d{4}))?\}/g;
export interface Placeholder {
  name: string;
  /** The year it is computed at, when the text names one; else the step's. */
  year: number | null;
}
/** The placeholders a text uses, in order of appearance. */
export function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], year: m[2] ? Number(m[2]) : null }));
}
export const isStoryFigure = (name: string): name is StoryFigure => (STORY_FIGURES as readonly string[]).includes(name);
