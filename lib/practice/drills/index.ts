import { CAPACITY_DRILLS } from './capacity';
import { MAX_SEED, makeDrill, type Drill, type DrillTemplate } from './kit';
import { TRAFFIC_DRILLS } from './traffic';

export { fmt, gradeGuess, isWithin, makeDrill, MAX_SEED, parseGuess, toleranceText, type Drill, type DrillStep, type DrillTemplate, type Grade, type Tolerance } from './kit';

/** Every estimation-drill template, in topic order (add a template to one of the lists to extend). */
export const DRILL_TEMPLATES: readonly DrillTemplate[] = [...TRAFFIC_DRILLS, ...CAPACITY_DRILLS];

/** A template by id. */
export function getDrillTemplate(id: string): DrillTemplate | undefined {
  return DRILL_TEMPLATES.find((t) => t.id === id);
}

/** A drill from a share link's `drill` and `seed`, or null when either is not valid. */
export function drillFromLink(templateId: string | null, seedText: string | null): Drill | null {
  const t = templateId ? getDrillTemplate(templateId) : undefined;
  if (!t || seedText === null || !/^\d{1,10}$/.test(seedText)) return null;
  const seed = Number(seedText);
  return seed <= MAX_SEED ? makeDrill(t, seed) : null;
}

/** The share link of a drill: replaying it gives the same numbers. */
export function drillHref(d: Pick<Drill, 'templateId' | 'seed'>): string {
  return `/practice/estimate?drill=${encodeURIComponent(d.templateId)}&seed=${d.seed}`;
}

/** A random template id and seed, from a source of uniform numbers in [0, 1) (crypto in the browser, fixed in tests). */
export function randomDrill(random: () => number, templateIds: readonly string[] = DRILL_TEMPLATES.map((t) => t.id)): Drill {
  const ids = templateIds.length ? templateIds : DRILL_TEMPLATES.map((t) => t.id);
  const id = ids[Math.floor(random() * ids.length) % ids.length]!;
  return makeDrill(getDrillTemplate(id)!, Math.floor(random() * MAX_SEED) >>> 0);
}
