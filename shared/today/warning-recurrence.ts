import type { CheckIn } from '../check-ins/check-in';
import { addDays } from '../dates/calendar-date';
import type { PlanDocument } from '../plan/plan-document';

/**
 * Warning signs noted on this many days out of the last `recurrenceWindowDays`, whatever their
 * stage, make a pattern worth acting on: three days in a week is more often than every other day,
 * more than a one-off bad day, and early enough that the plan can still help. Signs build up across
 * stages (early one day, worsening the next, crisis the day after), so every day with any sign
 * counts, and a crisis-stage sign counts at least as much as a worsening one.
 */
export const recurrenceDays = 3;
export const recurrenceWindowDays = 7;

export const warningStages = ['early', 'worsening', 'crisis'] as const;
export type WarningStage = (typeof warningStages)[number];

/** Warning signs that recur: on how many days, the most severe stage among them, and each stage's days. */
export interface RecurringWarningSigns {
  days: number;
  mostSevere: WarningStage;
  daysByStage: Record<WarningStage, number>;
}

/** The stage of each warning sign in the plan, by id. */
function stageOfSign(plan: PlanDocument): Map<string, WarningStage> {
  return new Map(warningStages.flatMap((stage) => plan.warningSigns[stage].signs.map((sign) => [sign.id, stage])));
}

/**
 * Warning signs of any stage noted on at least 3 of the last 7 check-in days (today included),
 * counting only days after the person last dismissed the card; undefined when they do not recur.
 */
export function recurringWarningSigns(
  checkIns: readonly CheckIn[],
  plan: PlanDocument,
  today: string,
  dismissedOn: string | null,
): RecurringWarningSigns | undefined {
  const windowStart = addDays(today, -(recurrenceWindowDays - 1));
  const stages = stageOfSign(plan);
  const stagesByDay = new Map<string, Set<WarningStage>>();
  for (const checkIn of checkIns) {
    if (checkIn.day < windowStart || checkIn.day > today || (dismissedOn && checkIn.day <= dismissedOn)) continue;
    for (const id of checkIn.warningSignIds) {
      const stage = stages.get(id);
      if (!stage) continue;
      const seen = stagesByDay.get(checkIn.day) ?? new Set();
      seen.add(stage);
      stagesByDay.set(checkIn.day, seen);
    }
  }
  if (stagesByDay.size < recurrenceDays) return undefined;
  const daysByStage = { early: 0, worsening: 0, crisis: 0 };
  for (const seen of stagesByDay.values()) for (const stage of seen) daysByStage[stage]++;
  const mostSevere = [...warningStages].reverse().find((stage) => daysByStage[stage] > 0)!;
  return { days: stagesByDay.size, mostSevere, daysByStage };
}

/**
 * The follow-up the day after a crisis-stage sign: the latest check-in before today noted one, and
 * nothing since says otherwise (no later check-in without one, not dismissed since). Resolves with
 * that check-in's day; undefined otherwise. Today's own crisis sign is answered at once, after the
 * check-in, by the crisis panel.
 */
export function crisisFollowUp(
  checkIns: readonly CheckIn[],
  plan: PlanDocument,
  today: string,
  dismissedOn: string | null,
): { day: string } | undefined {
  const crisisSigns = new Set(plan.warningSigns.crisis.signs.map((sign) => sign.id));
  const latest = checkIns
    .filter((checkIn) => checkIn.day <= today)
    .reduce<CheckIn | undefined>(
      (newest, checkIn) => (!newest || checkIn.at > newest.at ? checkIn : newest),
      undefined,
    );
  if (!latest || latest.day >= today || !latest.warningSignIds.some((id) => crisisSigns.has(id))) return undefined;
  if (dismissedOn && dismissedOn >= latest.day) return undefined;
  return { day: latest.day };
}
