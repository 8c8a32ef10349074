/**
 * One parser and one writer per URL parameter. A parser returns undefined for an invalid value,
 * so each parameter falls back to its default on its own. Values are readable: `types=fta,cdta`,
 * `must=cdta`, `not=ippa`, `year=2015`.
 */
import { HONG_KONG, parseIso2 } from '../domain/iso2';
import type { Iso2 } from '../domain/primitives';
import { STATUSES, type Status } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { STORY_IDS } from '../domain/story-keys';
import type { StoryId } from '../domain/stories';
import { FIRST_YEAR, type DateBasis } from '../domain/time-axis';
import { COMPARE_MAX, EMBEDS, VIEWS, type Embed, type TypeRule, type View } from './ui-state';

function list<T extends string>(raw: string, allowed: readonly T[]): T[] | undefined {
  if (raw === 'none') return [];
  const parts = raw.split(',').filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => (allowed as readonly string[]).includes(p))) return undefined;
  // Canonical order, no repeats: the same selection always gives the same URL.
  return allowed.filter((a) => parts.includes(a));
}

/** `economy=NZ`: an ISO code in form (whether the data knows it is checked by the caller). */
export const parseEconomy = (raw: string): Iso2 | undefined => parseIso2(raw) ?? undefined;
export const parseTypes = (raw: string): TieType[] | undefined => list(raw, TIE_TYPES);
export const parseStatuses = (raw: string): Status[] | undefined => list(raw, STATUSES);
export const parseView = (raw: string): View | undefined => ((VIEWS as readonly string[]).includes(raw) ? (raw as View) : undefined);
export const parseBasis = (raw: string): DateBasis | undefined => (raw === 'signed' ? 'signed' : raw === 'inForce' ? 'inForce' : undefined);
export const parseFlag = (raw: string): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined);

export function parseYear(raw: string, lastYear: number): number | undefined {
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= FIRST_YEAR && year <= lastYear ? year : undefined;
}

/** Region names are free text from the data; accept letters, spaces and a few separators only. */
export const parseRegion = (raw: string) => (/^[\p{L} ,.'-]{2,60}$/u.test(raw) ? raw : undefined);

/** `must=cdta&not=ippa` ⇄ { cdta: 'must', ippa: 'not' }; a type in both lists is invalid. */
export function parseTypeRules(must: string | null, not: string | null): Partial<Record<TieType, TypeRule>> | undefined {
  const mustList = must === null ? [] : list(must, TIE_TYPES);
  const notList = not === null ? [] : list(not, TIE_TYPES);
  if (!mustList || !notList || mustList.some((t) => notList.includes(t))) return undefined;
  const rules: Partial<Record<TieType, TypeRule>> = {};
  for (const t of mustList) rules[t] = 'must';
  for (const t of notList) rules[t] = 'not';
  return rules;
}

export const writeList = (values: readonly string[]) => (values.length ? values.join(',') : 'none');

/**
 * `embed=1` with `chart=timeline|counts` ⇄ the embedded part. Each falls back on its own: an invalid
 * `embed` gives the full atlas (and `chart` is then ignored); an invalid or absent `chart` gives the map.
 */
export function parseEmbed(embed: string | null, chart: string | null): Embed | null {
  if (embed !== '1') return null;
  const part = chart !== null && chart !== 'map' && (EMBEDS as readonly string[]).includes(chart) ? (chart as Embed) : undefined;
  return part ?? 'map';
}

export function rulesOf(rules: Partial<Record<TieType, TypeRule>>, rule: TypeRule): TieType[] {
  return TIE_TYPES.filter((t) => rules[t] === rule);
}

/**
 * `compare=AU,NZ,SG`: economies in the order they were added. Unknown codes and repeats are dropped
 * one by one (the others stay), and only the first COMPARE_MAX are kept.
 */
export function parseCompare(raw: string, known?: ReadonlySet<Iso2>): Iso2[] | undefined {
  const codes: Iso2[] = [];
  for (const part of raw.split(',')) {
    const code = parseIso2(part);
    if (!code || code === HONG_KONG || (known && !known.has(code)) || codes.includes(code)) continue;
    codes.push(code);
  }
  return codes.length ? codes.slice(0, COMPARE_MAX) : undefined;
}

/**
 * `story=growth&step=3`: a known story and a step from 1 (its last step when beyond; the first when
 * absent or invalid). With the stories' steps known, also the view that step sets.
 */
export function parseStory<V>(
  rawStory: string | null,
  rawStep: string | null,
  stories?: ReadonlyMap<string, readonly V[]>,
): { story: StoryId; step: number; view?: V } | undefined {
  if (rawStory === null || !(STORY_IDS as readonly string[]).includes(rawStory)) return undefined;
  const steps = stories?.get(rawStory);
  if (stories && !steps?.length) return undefined;
  const asked = rawStep !== null && /^\d{1,3}$/.test(rawStep) && Number(rawStep) >= 1 ? Number(rawStep) : 1;
  const step = steps ? Math.min(asked, steps.length) : asked;
  return { story: rawStory as StoryId, step, view: steps?.[step - 1] };
}
