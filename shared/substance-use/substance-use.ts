import { z } from 'zod';
import { calendarDate, entryId, lineText, requiredLineText } from '../plan/plan-text';

/**
 * What my plan says about a substance: I am free of it (any use is a lapse), or I am cutting down
 * to a daily limit (a day within the limit is not a lapse; a day over it is).
 */
export const useGoalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('free') }),
  z.strictObject({
    kind: z.literal('cut-down'),
    dailyLimit: z.number().min(0).max(100_000),
  }),
]);
export type UseGoal = z.infer<typeof useGoalSchema>;

/** A substance I track by day: alcohol in standard drinks, anything else in my own unit. */
export const substanceFieldsSchema = z.strictObject({
  name: requiredLineText,
  kind: z.enum(['alcohol', 'other']),
  /** The unit amounts are in; for alcohol, the standard drink of my country (not stored here). */
  unit: lineText,
  goal: useGoalSchema,
});
export type SubstanceFields = z.infer<typeof substanceFieldsSchema>;
export interface Substance extends SubstanceFields {
  id: string;
}

/** How much of one substance I used on one day. A day with nothing written is not a day of 0. */
export const useDaySchema = z.strictObject({
  substanceId: entryId,
  day: calendarDate,
  amount: z.number().min(0, 'An amount is 0 or more.').max(100_000, 'That amount is larger than Waypoint can record.'),
});
export type UseDay = z.infer<typeof useDaySchema>;

/** Whether a day's use is a lapse under my goal for that substance. */
export function isLapse(goal: UseGoal, amount: number): boolean {
  return goal.kind === 'free' ? amount > 0 : amount > goal.dailyLimit;
}

/** The days (sorted, once each) on which use was a lapse under each substance's goal. */
export function lapseDaysFromUse(substances: readonly Substance[], useDays: readonly UseDay[]): string[] {
  const goals = new Map(substances.map((substance) => [substance.id, substance.goal]));
  const days = new Set<string>();
  for (const use of useDays) {
    const goal = goals.get(use.substanceId);
    if (goal && isLapse(goal, use.amount)) days.add(use.day);
  }
  return [...days].sort();
}
