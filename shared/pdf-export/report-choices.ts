import { z } from 'zod';
import { dayRangeSchema, type DayRange } from '../check-ins/check-in';
import { addDays, addMonths } from '../dates/calendar-date';
import { metricKey } from '../metrics/metric-key';
import { planAreas, type PlanArea } from '../plan/plan-diff';
import { calendarDate, lineText, noteText } from '../plan/plan-text';

/** The paper a PDF is laid out for. */
export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** The ranges a person can give their progress pages. */
export const reportRangePresets = ['30-days', '3-months', '6-months', 'since-review', 'custom'] as const;
export type ReportRangePreset = (typeof reportRangePresets)[number];

/** How many measures besides mood can be charted (one chart each). */
export const maxExtraCharts = 4;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * Everything a person chooses on the Export screen. Main parses it, works out the range and
 * reads exactly what was chosen, so nothing left out ever reaches the print view.
 */
export const reportChoicesSchema = z.strictObject({
  /** The person's today (their clock), for the title page and the ranges that end today. */
  today: calendarDate,
  /** A name or initials for the title page; empty leaves the title page anonymous. */
  preparedFor: lineText.max(80, 'Keep the name under 80 characters.'),
  /** Areas of the plan, in the app's order whatever order they are given in. */
  planAreas: z
    .array(z.enum(planAreas))
    .max(planAreas.length)
    .refine(distinct, 'Each part of the plan can be chosen once.'),
  progress: z.strictObject({
    include: z.boolean(),
    range: z.enum(reportRangePresets),
    /** The custom range; only read when `range` is `custom`. */
    custom: dayRangeSchema,
    /** Measures charted after mood. */
    metrics: z
      .array(metricKey)
      .max(maxExtraCharts, `Choose up to ${maxExtraCharts} more measures.`)
      .refine(distinct, 'Each measure can be chosen once.'),
    milestones: z.boolean(),
    whatHelps: z.boolean(),
  }),
  /** Check-in notes are private journal writing: they go in only when asked for. */
  journalNotes: z.boolean(),
  changesSinceReview: z.boolean(),
  /** "Questions and topics for my next session"; empty leaves the page out. */
  questions: noteText,
  safetyPlanFirst: z.boolean(),
  paper: z.enum(paperSizes),
});

export type ReportChoices = z.infer<typeof reportChoicesSchema>;

/** The parts of the document, in the order they are printed. */
export const reportPartOrder = [
  'title',
  'safetyPlan',
  'questions',
  'changes',
  'plan',
  'progress',
  'journalNotes',
] as const;
export type ReportPart = (typeof reportPartOrder)[number];

const presetMonths: Record<'3-months' | '6-months', number> = { '3-months': 3, '6-months': 6 };

/**
 * The days the progress pages cover. "Since last review" starts on the day of the latest review
 * (null when there has been none); custom ranges are taken as given.
 */
export function reportRange(choices: ReportChoices, lastReviewOn: string | null): DayRange | null {
  const { today } = choices;
  const { range, custom } = choices.progress;
  switch (range) {
    case '30-days':
      return { from: addDays(today, -29), to: today };
    case '3-months':
    case '6-months':
      return { from: addDays(addMonths(today, -presetMonths[range]), 1), to: today };
    case 'since-review':
      return lastReviewOn === null ? null : { from: lastReviewOn < today ? lastReviewOn : today, to: today };
    case 'custom':
      return custom;
  }
}

/** The plan areas in the app's order; the safety plan moves to its own first page when asked. */
export function orderedPlanAreas(choices: ReportChoices): PlanArea[] {
  const chosen = new Set(choices.planAreas);
  return planAreas.filter((area) => chosen.has(area) && !(area === 'safetyPlan' && choices.safetyPlanFirst));
}

/** The default file name in the save dialog: `waypoint-plan-2026-11-20.pdf`. */
export function reportFileName(today: string): string {
  return `waypoint-plan-${today}.pdf`;
}
