import type { PlanArea } from '../../../shared/plan/plan-diff';
/** The pages of the Plan area, in the order a plan is usually written. */
export const planPages = [
  { path: 'about', title: 'About my recovery', area: 'about' },
  { path: 'assessment', title: 'Where I stand', area: 'assessment' },
  { path: 'goals', title: 'Goals', area: 'goals' },
  { path: 'support', title: 'Support network', area: 'supportNetwork' },
  { path: 'coping', title: 'Coping strategies', area: 'copingStrategies' },
  { path: 'triggers', title: 'Triggers and warning signs', area: 'triggers' },
  { path: 'setback', title: 'Setback plan', area: 'setbackPlan' },
  { path: 'safety', title: 'Safety plan', area: 'safetyPlan' },
  { path: 'self-care', title: 'Daily life and self-care', area: 'selfCare' },
  { path: 'care-team', title: 'Care team', area: 'careTeam' },
  { path: 'reviews', title: 'Reviews and history', area: 'reviewSchedule' },
] as const satisfies readonly { path: string; title: string; area: PlanArea }[];

export type PlanPagePath = (typeof planPages)[number]['path'];
