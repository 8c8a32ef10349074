import type { Atlas, Tie } from '../domain/records';
import { PLACEHOLDER, isStoryFigure, placeholdersOf } from '../domain/story-keys';
import type { Placeholder, StoryFigure, StoryStep } from '../domain/stories';
import type { TieType } from '../domain/tie-types';
import { tieAsOf } from './tie-as-of';

/**
 * The figures a story step may quote, each computed from the records as at the end of the step's
 * year (today when the step has none). Ties count when in force by then (entry-into-force basis);
 * offices when opened by then (undated ones today only); missions when begun.
 */
export function storyFigures(atlas: Atlas, year: number | null): Record<StoryFigure, number> {
  const asAt = year ?? Number(atlas.asOf.slice(0, 4));
  const end = `${asAt}-12-31`;
  const inForce = atlas.ties.map((t) => tieAsOf(t, year, 'inForce')).filter((t): t is Tie => t !== null && t.status === 'in_force');
  const partners = (pick: (t: Tie) => boolean) => new Set(inForce.filter(pick).map((t) => t.partner));
  const ofType = (type: TieType) => partners((t) => t.tieType === type).size;
  // An undated office counts today only: the records cannot place it in a past year.
  const offices = atlas.offices.filter((o) => (year === null ? true : o.opened !== null && o.opened <= end));
  const missions = atlas.missions.filter((m) => m.start <= end);
  const application = atlas.milestones
    .filter((m) => m.kind === 'application' && (m.month ?? '') <= end.slice(0, 7) && /rcep/i.test(m.title))
    .at(-1);
  const cdta = partners((t) => t.tieType === 'cdta');
  return {
    year: asAt,
    fta_partners: ofType('fta'),
    ippa_partners: ofType('ippa'),
    cdta_partners: ofType('cdta'),
    aeo_partners: ofType('aeo_mra'),
    partners_in_force: partners((t) => t.tieType === 'fta' || t.tieType === 'ippa' || t.tieType === 'cdta' || t.tieType === 'aeo_mra').size,
    asean_partners: partners((t) => t.agreementId === 'fta-asean').size,
    rcep_partners: application?.partners.length ?? 0,
    bri_partners: atlas.beltAndRoad.length,
    bri_with_cdta: atlas.beltAndRoad.filter((b) => cdta.has(b.partner)).length,
    eto_overseas: offices.filter((o) => o.officeType === 'eto_overseas').length,
    mainland_offices: offices.filter((o) => o.officeType === 'eto_mainland' || o.officeType === 'liaison_unit').length,
    offices_covered: new Set(offices.filter((o) => o.officeType === 'eto_overseas').flatMap((o) => o.covers)).size,
    missions: missions.length,
    mission_destinations: new Set(missions.flatMap((m) => m.destinations)).size,
    mission_mous: missions.reduce((sum, m) => sum + (m.mousSigned ?? 0), 0),
    missions_in_year: missions.filter((m) => m.start.startsWith(`${asAt}-`)).length,
  };
}

export interface QuotedFigure {
  name: StoryFigure;
  /** The year it is computed at (null: today). */
  year: number | null;
  value: number;
}

/** The figures a step's text quotes, in order, with their values computed from the records. */
export function quotedFigures(atlas: Atlas, step: Pick<StoryStep, 'year' | 'text'>, text = step.text.en): QuotedFigure[] {
  const byYear = new Map<number | null, Record<StoryFigure, number>>();
  return placeholdersOf(text)
    .filter((p): p is Placeholder & { name: StoryFigure } => isStoryFigure(p.name))
    .map(({ name, year }) => {
      const at = year ?? step.year;
      if (!byYear.has(at)) byYear.set(at, storyFigures(atlas, at));
      return { name, year: at, value: byYear.get(at)![name] };
    });
}

/** One piece of a step's text: plain words, or a figure computed from the records. */
export type StoryPart = { text: string } | { figure: QuotedFigure };

/** A step's text in one language, split into words and figures, so the view can format and mark each figure. */
export function storyParts(atlas: Atlas, step: Pick<StoryStep, 'year' | 'text'>, text: string): StoryPart[] {
  const figures = quotedFigures(atlas, step, text);
  const parts: StoryPart[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push(isStoryFigure(m[1]) ? { figure: figures[i++] } : { text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
