import { z } from 'zod';
import type { PlanDocument } from './plan-document';
import { pickedPeople, type ReachablePerson } from './reachable-people';
import { calendarDate, lineText, noteText } from './plan-text';

/** The steps of a safety plan, in the order they are taken. */
export const safetyPlanSteps = [
  'warningSigns',
  'thingsICanDoAlone',
  'peopleAndPlaces',
  'peopleICanAsk',
  'professionalsAndCrisisLines',
  'saferSurroundings',
  'reasonsForLiving',
] as const;
export type SafetyPlanStep = (typeof safetyPlanSteps)[number];

/** Each step's title, in our own words: the plan's form numbers them, the crisis views list them. */
export const safetyPlanStepTitles: Record<SafetyPlanStep, string> = {
  warningSigns: 'My warning signs',
  thingsICanDoAlone: 'Things I can do on my own to take my mind off things',
  peopleAndPlaces: 'People and places that help me feel better',
  peopleICanAsk: 'People I can ask for help',
  professionalsAndCrisisLines: 'Professionals and crisis lines',
  saferSurroundings: 'Making my surroundings safer',
  reasonsForLiving: 'My reasons for living',
};

/** The safety plan as it is read: each step's words and the people it picked, with their numbers. */
export interface ReadableSafetyPlan {
  steps: { step: SafetyPlanStep; text: string; people: ReachablePerson[] }[];
  reviewedOn: string | null;
}

export function readableSafetyPlan(plan: PlanDocument): ReadableSafetyPlan {
  const { safetyPlan } = plan;
  const picked: Partial<Record<SafetyPlanStep, string[]>> = {
    peopleICanAsk: safetyPlan.peopleICanAskIds,
    professionalsAndCrisisLines: safetyPlan.professionalIds,
  };
  return {
    steps: safetyPlanSteps.map((step) => ({
      step,
      text: safetyPlan[step].trim(),
      people: pickedPeople(plan, picked[step] ?? []),
    })),
    reviewedOn: safetyPlan.reviewedOn,
  };
}

/** How many of the safety plan's steps have words or people in them, of how many. */
export function safetyPlanCompleteness(readable: ReadableSafetyPlan): { written: number; of: number } {
  return {
    written: readable.steps.filter((step) => step.text !== '' || step.people.length > 0).length,
    of: safetyPlanSteps.length,
  };
}

/** True when any step has words or people in it. */
export function isSafetyPlanWritten(readable: ReadableSafetyPlan): boolean {
  return readable.steps.some((step) => step.text !== '' || step.people.length > 0);
}

/** The shape of a readable safety plan, to check one read from outside the vault. */
export const readableSafetyPlanSchema = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        step: z.enum(safetyPlanSteps),
        text: noteText,
        people: z
          .array(z.strictObject({ id: z.string().max(64), name: lineText, role: lineText, contact: lineText }))
          .max(200),
      }),
    )
    .max(safetyPlanSteps.length),
  reviewedOn: calendarDate.nullable(),
}) satisfies z.ZodType<ReadableSafetyPlan>;
