/**
 * The stories' names and the figures their text may quote, without the schemas (stories.ts): the
 * app's first load imports these and not zod.
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
