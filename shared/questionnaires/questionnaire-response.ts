import { z } from 'zod';
import { reviewCadences, type ReviewCadence } from '../plan/plan-sections';
import { calendarDate, entryId } from '../plan/plan-text';
import type { QuestionnaireId, ThresholdSex } from './questionnaire-form';
import { questionnaireForm, questionnaireIds } from './questionnaire-forms';
import { answersProblem, followUpAsked, scoreAnswers, type ScoreChange } from './questionnaire-score';

export const questionnaireIdSchema = z.enum(questionnaireIds, {
  error: `Waypoint offers these questionnaires: ${questionnaireIds.join(', ')}.`,
});

/** An answer's points: small whole numbers; which ones a form takes is checked against the form. */
const answerPoints = z.number().int('An answer is a whole number of points.').min(0).max(10);

const answersShape = {
  form: questionnaireIdSchema,
  version: z.number().int().positive(),
  items: z.array(answerPoints.nullable()).max(30),
  followUp: answerPoints.nullable(),
};

/** Every item answered with one of the form's options, for the version of the form Waypoint has. */
function checkAnswers(answers: z.infer<z.ZodObject<typeof answersShape>>, context: z.RefinementCtx): void {
  const form = questionnaireForm(answers.form);
  if (answers.version !== form.version) {
    context.addIssue({
      code: 'custom',
      path: ['version'],
      message: `This is version ${answers.version} of the ${form.shortName}; Waypoint has version ${form.version}.`,
    });
    return;
  }
  const problem = answersProblem(form, answers);
  if (problem) {
    context.addIssue({ code: 'custom', path: ['items'], message: problem });
    return;
  }
  if (answers.followUp !== null && !followUpAsked(form, answers)) {
    context.addIssue({
      code: 'custom',
      path: ['followUp'],
      message: `The ${form.shortName}'s closing question is asked only once some problem was checked.`,
    });
    return;
  }
  const score = scoreAnswers(form, answers);
  if (score.kind === 'incomplete') {
    const first = score.unanswered[0]!;
    context.addIssue({
      code: 'custom',
      path: ['items', first],
      message: `Question ${first + 1} of the ${form.shortName} is not answered yet: a total needs every question.`,
    });
  }
}

/**
 * A complete set of answers to one form, as the renderer sends it. The total is never part of it:
 * main works it out.
 */
export const completedAnswersSchema = z.strictObject(answersShape).superRefine(checkAnswers);
export type CompletedAnswers = Omit<z.infer<typeof completedAnswersSchema>, 'items'> & { items: number[] };

/**
 * One answered questionnaire as exported and imported. An export also writes each total for other
 * tools to read; on import a total is ignored and worked out again from the answers.
 */
export const questionnaireResponseSchema = z
  .strictObject({
    ...answersShape,
    id: entryId,
    /** The check-in day it was answered on (after the person's day boundary). */
    day: calendarDate,
    /** The moment it was saved (UTC). */
    answeredAt: z.iso.datetime({ message: 'answeredAt must be an ISO date and time in UTC.' }),
    total: z.number().optional(),
  })
  .superRefine(checkAnswers);

/** One answered questionnaire as stored: the answers, never a total. */
export type QuestionnaireResponse = CompletedAnswers & { id: string; day: string; answeredAt: string };

/** A response with what main worked out from its answers. */
export interface ScoredResponse extends QuestionnaireResponse {
  total: number;
  /** The band's name ("moderate"); the form's data says what it means. */
  band: string;
  /** From the band marked so up, or whenever the risk item was answered above 0. */
  talkItOver: boolean;
  /** The points given to the form's risk item, when it has one (PHQ-9 item 9). */
  riskItemPoints?: number;
  /** The change since the response before it to the same form, when there is one. */
  change?: ScoreChange & { sinceDay: string };
  /**
   * For a form whose threshold differs by sex (AUDIT-C): the sex whose threshold was applied, null
   * when none was given (the lower threshold applies), and the total from which the band is higher.
   */
  threshold?: { sex: ThresholdSex | null; from: number };
}

/** An answer whose risk item (PHQ-9 question 9) was answered above its first option, "Not at all". */
export const endorsedRiskItem = (response: Pick<ScoredResponse, 'riskItemPoints'>): boolean =>
  (response.riskItemPoints ?? 0) > 0;

/** A total on a day, no more: what a goal following a form shows. */
export type ScoreOnDay = Pick<ScoredResponse, 'form' | 'day' | 'total' | 'band'>;

/** The first and the latest answer to a goal's form over a range (the same one when it was answered once). */
export interface GoalScores {
  form: QuestionnaireId;
  first: ScoreOnDay | null;
  latest: ScoreOnDay | null;
}

/** The first and latest of `responses` (oldest first) to `form` inside the range, as totals on days. */
export function goalScores(
  form: QuestionnaireId,
  responses: readonly ScoredResponse[],
  range: { from: string; to: string },
): GoalScores {
  const inRange = responses.filter(
    (response) => response.form === form && response.day >= range.from && response.day <= range.to,
  );
  const onDay = (response: ScoredResponse | undefined): ScoreOnDay | null =>
    response ? { form: response.form, day: response.day, total: response.total, band: response.band } : null;
  return { form, first: onDay(inRange[0]), latest: onDay(inRange.at(-1)) };
}

/** How often a form is asked for; `none` means only when I choose to answer it. */
export const questionnaireCadences = reviewCadences;
export type QuestionnaireCadence = ReviewCadence;

export interface QuestionnaireStatus {
  form: QuestionnaireId;
  cadence: QuestionnaireCadence;
  /** The day it is next asked for (null when not scheduled); due when it is today or earlier. */
  nextDueOn: string | null;
  due: boolean;
  latest?: ScoredResponse;
}

/** Every questionnaire with its schedule and latest result, and the responses to all of them. */
export interface QuestionnairesView {
  forms: QuestionnaireStatus[];
  /** Every response, oldest first. */
  responses: ScoredResponse[];
}

export const scheduleQuestionnaireSchema = z.strictObject({
  form: questionnaireIdSchema,
  cadence: z.enum(questionnaireCadences),
});

export const deleteResponseSchema = z.strictObject({ id: entryId });
