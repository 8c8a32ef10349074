import type { Iso2 } from '../domain/primitives';
import type { Atlas } from '../domain/records';
import type { StoryCamera, StoryId, StoryStep } from '../domain/stories';
import type { Locale } from '../domain/locales';
import { storyParts, type StoryPart } from './story-figures';

/** Each story's steps in order (the build checks they run 1, 2, 3…). */
export function storySteps(atlas: Atlas, story: StoryId): StoryStep[] {
  return atlas.stories.filter((s) => s.story === story).sort((a, b) => a.step - b.step);
}

/** The view each step sets, by story: what the URL codec needs to open a step from its address. */
export function storyViews(atlas: Atlas): Map<string, { year: number | null; types: StoryStep['types'] }[]> {
  const out = new Map<string, { year: number | null; types: StoryStep['types'] }[]>();
  for (const s of [...atlas.stories].sort((a, b) => a.step - b.step))
    out.set(s.story, [...(out.get(s.story) ?? []), { year: s.year, types: s.types }]);
  return out;
}

export interface StoryStepView {
  story: StoryId;
  step: number;
  total: number;
  year: number | null;
  types: StoryStep['types'];
  highlight: Iso2[];
  camera: StoryCamera;
  parts: StoryPart[];
  sources: string[];
}

const TEXT_KEY = { en: 'en', 'zh-HK': 'zhHK', 'zh-CN': 'zhCN' } as const;

/** The step the reader is on, with its text in their language split into words and computed figures. */
export function storyStepView(atlas: Atlas, story: StoryId | null, step: number, lang: Locale): StoryStepView | null {
  if (!story) return null;
  const steps = storySteps(atlas, story);
  const s = steps[Math.min(Math.max(step, 1), steps.length) - 1];
  if (!s) return null;
  return {
    story,
    step: s.step,
    total: steps.length,
    year: s.year,
    types: s.types,
    highlight: s.highlight,
    camera: s.camera,
    parts: storyParts(atlas, s, s.text[TEXT_KEY[lang]]),
    sources: s.sources,
  };
}
