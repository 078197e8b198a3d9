import type { CheckIn } from '../check-ins/check-in';
import { addDays, daysBetween, weekStart } from '../dates/calendar-date';
import { describeCadence, nextContactDue, readContactCadence, type ContactCadence } from '../plan/contact-cadence';
import type { PlanDocument } from '../plan/plan-document';

/** Action steps due within this many days show on Today (overdue ones too, gently). */
export const actionStepsAheadDays = 7;
/** At most this many action steps, soonest first, so Today stays short. */
export const actionStepsShown = 3;

export const monthStart = (day: string) => `${day.slice(0, 8)}01`;

/** The first day Today needs check-ins from: this week's Monday, the 1st or a week ago, whichever is earliest. */
export const checkInsNeededFrom = (today: string) =>
  [weekStart(today), monthStart(today), addDays(today, -6)].sort()[0]!;

/**
 * Days checked in this week and this month: counts that only grow. Nothing resets to zero after a
 * missed day, and the days still to come are not counted against anyone.
 */
export function checkInDayCounts(checkIns: readonly CheckIn[], today: string) {
  const days = new Set(checkIns.map((checkIn) => checkIn.day).filter((day) => day <= today));
  const since = (from: string) => [...days].filter((day) => day >= from).length;
  return {
    today: checkIns.filter((checkIn) => checkIn.day === today),
    thisWeek: since(weekStart(today)),
    thisMonth: since(monthStart(today)),
  };
}

export interface DueStep {
  id: string;
  text: string;
  goalId: string;
  goal: string;
  dueDate: string;
}

/** Open action steps of goals still being worked on, due within a week or already past, soonest first. */
export function dueActionSteps(plan: PlanDocument, today: string): DueStep[] {
  const horizon = addDays(today, actionStepsAheadDays);
  return plan.goals
    .filter((goal) => goal.status === 'not-started' || goal.status === 'in-progress')
    .flatMap((goal) =>
      goal.actionSteps
        .filter((step) => !step.done && step.dueDate !== null && step.dueDate <= horizon)
        .map((step) => ({
          id: step.id,
          text: step.text,
          goalId: goal.id,
          goal: goal.statement,
          dueDate: step.dueDate!,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, actionStepsShown);
}

export interface DueContact {
  id: string;
  list: 'people' | 'accountabilityCheckIns';
  name: string;
  lastContactOn: string | null;
  cadence: ContactCadence;
  /** "every 7 days", as the person's own words were read. */
  cadenceText: string;
  /** Days since it fell due (0 when due today); null when no contact is recorded yet. */
  overdueDays: number | null;
}

/**
 * People whose check-in cadence has come round: from the support network and the accountability
 * check-ins, where "how often" reads as a cadence. Someone never contacted is due at once; the
 * longest-waiting comes first.
 */
export function dueContacts(plan: PlanDocument, today: string): DueContact[] {
  const candidates = [
    ...plan.supportNetwork.people.map((person) => ({
      id: person.id,
      list: 'people' as const,
      name: person.name,
      howOften: person.checkInFrequency,
      lastContactOn: person.lastContactOn,
    })),
    ...plan.careTeam.accountability.map((entry) => ({
      id: entry.id,
      list: 'accountabilityCheckIns' as const,
      name: entry.withWhom,
      howOften: entry.howOften,
      lastContactOn: entry.lastContactOn,
    })),
  ];
  const due: DueContact[] = [];
  for (const candidate of candidates) {
    const cadence = readContactCadence(candidate.howOften);
    if (!cadence) continue;
    const { lastContactOn } = candidate;
    if (lastContactOn && lastContactOn > today) continue;
    const dueOn = lastContactOn ? nextContactDue(lastContactOn, cadence) : null;
    if (dueOn && dueOn > today) continue;
    due.push({
      id: candidate.id,
      list: candidate.list,
      name: candidate.name,
      lastContactOn,
      cadence,
      cadenceText: describeCadence(cadence),
      overdueDays: dueOn ? daysBetween(dueOn, today) : null,
    });
  }
  return due.sort((a, b) => (b.overdueDays ?? Infinity) - (a.overdueDays ?? Infinity));
}

/** The review, when one is scheduled and its day has come. */
export function reviewDue(plan: PlanDocument, today: string): string | null {
  const { cadence, nextReviewOn } = plan.reviewSchedule;
  return cadence !== 'none' && nextReviewOn && nextReviewOn <= today ? nextReviewOn : null;
}

/** The days the plan has something due, as reminders need them (kept in memory while locked). */
export interface PlanDueDays {
  review: string | null;
  actionSteps: string[];
  supporters: string[];
}

/** When the review, the open action steps and each person's next contact fall due. */
export function planDueDays(plan: PlanDocument): PlanDueDays {
  const { cadence, nextReviewOn } = plan.reviewSchedule;
  const contacts = [
    ...plan.supportNetwork.people.map((person) => [person.checkInFrequency, person.lastContactOn] as const),
    ...plan.careTeam.accountability.map((entry) => [entry.howOften, entry.lastContactOn] as const),
  ];
  return {
    review: cadence === 'none' ? null : nextReviewOn,
    actionSteps: plan.goals
      .filter((goal) => goal.status === 'not-started' || goal.status === 'in-progress')
      .flatMap((goal) => goal.actionSteps.filter((step) => !step.done && step.dueDate).map((step) => step.dueDate!)),
    supporters: contacts.flatMap(([howOften, lastOn]) => {
      const cadence = readContactCadence(howOften);
      return cadence && lastOn ? [nextContactDue(lastOn, cadence)] : [];
    }),
  };
}
