import { z } from 'zod';
import { entryId, lineText, noteText, optionalCalendarDate } from './plan-text';

export const recoveryKinds = ['addiction', 'mental-health', 'physical', 'life-event'] as const;
export type RecoveryKind = (typeof recoveryKinds)[number];

export const reviewCadences = ['weekly', 'every-2-weeks', 'monthly', 'every-3-months', 'none'] as const;
export type ReviewCadence = (typeof reviewCadences)[number];

export const aboutSchema = z.strictObject({
  recoveringFrom: z
    .array(z.enum(recoveryKinds))
    .max(recoveryKinds.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'Each kind of recovery can be chosen once.'),
  inMyOwnWords: noteText,
  startDate: optionalCalendarDate,
  cleanDate: optionalCalendarDate,
  /** The person's own word for what the clean date counts: "sober", "smoke-free"... Absent in older plans. */
  countedAs: lineText.default(''),
  /**
   * The person's own word for a day that did not go to plan: "lapse", "slip", "flare-up", "bad
   * spell"... Empty: a word that fits what they are recovering from (`setbackWord`). Absent in older plans.
   */
  setbackWord: lineText.default(''),
  coOccurring: noteText,
  whatRecoveryMeans: noteText,
});

export const setbackPlanSchema = z.strictObject({
  first24Hours: noteText,
  whatIWillTellMyself: noteText,
  whoIContact: noteText,
  reasonsForRecovery: noteText,
});

/** Entries of the plan a safety plan step names, so people and numbers are not typed twice. */
const pickedEntries = z.array(entryId).max(200).default([]);

export const safetyPlanSchema = z.strictObject({
  warningSigns: noteText,
  thingsICanDoAlone: noteText,
  peopleAndPlaces: noteText,
  peopleICanAsk: noteText,
  /** People of the support network (absent in older plans). */
  peopleICanAskIds: pickedEntries,
  professionalsAndCrisisLines: noteText,
  /** Care professionals and resources (absent in older plans). */
  professionalIds: pickedEntries,
  saferSurroundings: noteText,
  reasonsForLiving: noteText,
  /** The day the person last wrote in or read through the safety plan (main sets it). */
  reviewedOn: optionalCalendarDate.default(null),
});

export const selfCareSchema = z.strictObject({
  sleep: noteText,
  movement: noteText,
  food: noteText,
  stressRoutines: noteText,
  dailyMustDos: noteText,
  realisticExpectations: noteText,
  smallVictories: noteText,
});

const stageResponseSchema = z.strictObject({ actionPlan: noteText, peopleToCall: noteText });

/** What to do, and whom to call, at each stage of warning signs. */
export const warningResponsesSchema = z.strictObject({
  early: stageResponseSchema,
  worsening: stageResponseSchema,
  crisis: stageResponseSchema,
});

export const reviewScheduleSchema = z.strictObject({
  cadence: z.enum(reviewCadences),
  nextReviewOn: optionalCalendarDate,
});

/** The parts of a plan that are one form each rather than a list. */
export const planSectionSchemas = {
  about: aboutSchema,
  setbackPlan: setbackPlanSchema,
  safetyPlan: safetyPlanSchema,
  selfCare: selfCareSchema,
  warningResponses: warningResponsesSchema,
  reviewSchedule: reviewScheduleSchema,
} as const;

export type PlanSectionName = keyof typeof planSectionSchemas;
export const planSectionNames = Object.keys(planSectionSchemas) as PlanSectionName[];
export type PlanSections = { [S in PlanSectionName]: z.infer<(typeof planSectionSchemas)[S]> };
export type PlanSectionValue<S extends PlanSectionName> = PlanSections[S];

const emptyNotes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

export function blankSections(): PlanSections {
  return {
    about: {
      recoveringFrom: [],
      inMyOwnWords: '',
      startDate: null,
      cleanDate: null,
      countedAs: '',
      setbackWord: '',
      coOccurring: '',
      whatRecoveryMeans: '',
    },
    setbackPlan: emptyNotes(setbackPlanSchema.keyof().options),
    safetyPlan: {
      warningSigns: '',
      thingsICanDoAlone: '',
      peopleAndPlaces: '',
      peopleICanAsk: '',
      peopleICanAskIds: [],
      professionalsAndCrisisLines: '',
      professionalIds: [],
      saferSurroundings: '',
      reasonsForLiving: '',
      reviewedOn: null,
    },
    selfCare: emptyNotes(selfCareSchema.keyof().options),
    warningResponses: {
      early: { actionPlan: '', peopleToCall: '' },
      worsening: { actionPlan: '', peopleToCall: '' },
      crisis: { actionPlan: '', peopleToCall: '' },
    },
    reviewSchedule: { cadence: 'monthly', nextReviewOn: null },
  };
}

/**
 * What I call a setback, in the singular: my own word, or one that fits what I am recovering from
 * ("lapse" for addiction, "flare-up" for a physical condition, "bad spell" for mental health,
 * "setback" otherwise). "Lapse" is never forced on a plan that is not about addiction.
 */
export function setbackWord(about: Pick<z.infer<typeof aboutSchema>, 'setbackWord' | 'recoveringFrom'>): string {
  const own = about.setbackWord.trim();
  if (own) return own;
  const kinds = about.recoveringFrom;
  if (kinds.length === 0 || kinds.includes('addiction')) return 'lapse';
  if (kinds.includes('physical')) return 'flare-up';
  if (kinds.includes('mental-health')) return 'bad spell';
  return 'setback';
}
