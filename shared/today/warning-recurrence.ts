import type { CheckIn } from '../check-ins/check-in';
import { addDays } from '../dates/calendar-date';
import type { PlanDocument } from '../plan/plan-document';

/**
 * Signs of one stage noted on this many days out of the last `recurrenceWindowDays` make a
 * pattern worth acting on: three days in a week is more often than every other day, more than a
 * one-off bad day, and early enough that the stage's plan can still help.
 */
export const recurrenceDays = 3;
export const recurrenceWindowDays = 7;

export type RecurringStage = 'early' | 'worsening';

/**
 * The early and worsening stages whose signs recur: noted on at least 3 of the last 7 check-in
 * days (today included), counting only days after the person last dismissed that stage's card.
 * The crisis stage is not here: one crisis sign is answered at once, after the check-in.
 */
export function recurringStages(
  checkIns: readonly CheckIn[],
  plan: PlanDocument,
  today: string,
  dismissed: Record<RecurringStage, string | null>,
): { stage: RecurringStage; days: number }[] {
  const windowStart = addDays(today, -(recurrenceWindowDays - 1));
  return (['early', 'worsening'] as const).flatMap((stage) => {
    const signs = new Set(plan.warningSigns[stage].signs.map((sign) => sign.id));
    const after = dismissed[stage];
    const days = new Set(
      checkIns
        .filter((checkIn) => checkIn.day >= windowStart && checkIn.day <= today && (!after || checkIn.day > after))
        .filter((checkIn) => checkIn.warningSignIds.some((id) => signs.has(id)))
        .map((checkIn) => checkIn.day),
    ).size;
    return days >= recurrenceDays ? [{ stage, days }] : [];
  });
}
