import type { PlanArea } from '../../shared/plan/plan-diff';

/** Each area of the plan by name: headings in the change history, choices on the Export screen. */
export const planAreaTitles: Record<PlanArea, string> = {
  about: 'About my recovery',
  assessment: 'Where I stand',
  goals: 'Goals',
  supportNetwork: 'Support network',
  copingStrategies: 'Coping strategies',
  triggers: 'Triggers',
  warningSigns: 'Warning signs',
  setbackPlan: 'Setback plan',
  safetyPlan: 'Safety plan',
  selfCare: 'Daily life and self-care',
  careTeam: 'Care team',
  reviewSchedule: 'Review schedule',
};
