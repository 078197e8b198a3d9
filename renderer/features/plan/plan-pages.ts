import type { PlanArea } from '../../../shared/plan/plan-diff';
import { planAreaTitles } from '../../lib/plan-area-titles';

/** A page of the Plan area: its path, the area it edits, and its title (the area's, unless the page holds more). */
function page<Path extends string>(path: Path, area: PlanArea, title: string = planAreaTitles[area]) {
  return { path, area, title };
}

/** The pages of the Plan area, in the order a plan is usually written. */
export const planPages = [
  page('about', 'about'),
  page('assessment', 'assessment'),
  page('goals', 'goals'),
  page('support', 'supportNetwork'),
  page('coping', 'copingStrategies'),
  page('triggers', 'triggers', 'Triggers and warning signs'),
  page('setback', 'setbackPlan'),
  page('safety', 'safetyPlan'),
  page('self-care', 'selfCare'),
  page('care-team', 'careTeam'),
  page('reviews', 'reviewSchedule', 'Reviews and history'),
] as const;

export type PlanPagePath = (typeof planPages)[number]['path'];

/** The heading a Plan page shows (the same words as its link in the Plan area's menu). */
export function planPageTitle(path: PlanPagePath): string {
  return planPages.find((candidate) => candidate.path === path)!.title;
}
