import { bandsFor, optionsOf, type QuestionnaireForm, type ScoreBand, type ThresholdSex } from './questionnaire-form';

/** One person's answers to one form: the points chosen for each item, null where none was chosen yet. */
export interface QuestionnaireAnswers {
  items: readonly (number | null)[];
  /** The unscored closing question, when the form has one and it was answered. */
  followUp?: number | null;
}

export type QuestionnaireScore =
  | {
      kind: 'scored';
      total: number;
      band: ScoreBand;
      /** The points given to the form's risk item (PHQ-9 item 9); above 0 means crisis help comes first. */
      riskItemPoints?: number;
    }
  /** No total: the forms here have no published rule for missing items, so every item is needed. */
  | { kind: 'incomplete'; unanswered: number[] };

const allowedPoints = (options: QuestionnaireForm['options']): string =>
  options.map((option) => option.points).join(', ');

/**
 * Why these answers cannot belong to this form, naming the item (1-based, as printed), or
 * undefined when every answer given is one of the form's options. Unanswered items are allowed
 * here: a half-answered form is a draft.
 */
export function answersProblem(form: QuestionnaireForm, answers: QuestionnaireAnswers): string | undefined {
  if (answers.items.length !== form.items.length) {
    return `The ${form.shortName} has ${form.items.length} questions; these answers have ${answers.items.length}.`;
  }
  const wrong = answers.items.findIndex(
    (answer, index) => answer !== null && !optionsOf(form, index).some((option) => option.points === answer),
  );
  if (wrong >= 0) {
    return `Question ${wrong + 1} of the ${form.shortName} takes ${allowedPoints(optionsOf(form, wrong))}, not ${String(answers.items[wrong])}.`;
  }
  const followUp = answers.followUp;
  if (followUp !== undefined && followUp !== null) {
    if (!form.followUp) return `The ${form.shortName} has no closing question.`;
    if (!form.followUp.options.some((option) => option.points === followUp)) {
      return `The ${form.shortName}'s closing question takes ${allowedPoints(form.followUp.options)}, not ${String(followUp)}.`;
    }
  }
  return undefined;
}

/** The band a total falls in (by the threshold for the sex the person said, where the form has one). */
export function bandOf(form: QuestionnaireForm, total: number, sex?: ThresholdSex | null): ScoreBand {
  const found = bandsFor(form, sex).find((candidate) => total >= candidate.from && total <= candidate.to);
  if (!found) throw new RangeError(`${total} is outside the ${form.shortName}'s range`);
  return found;
}

/**
 * The total by the form's published rule: the sum of every item's points (times the form's
 * multiplier), only when every item is answered. Answers must have passed `answersProblem`.
 */
export function scoreAnswers(
  form: QuestionnaireForm,
  answers: QuestionnaireAnswers,
  sex?: ThresholdSex | null,
): QuestionnaireScore {
  const problem = answersProblem(form, answers);
  if (problem) throw new RangeError(problem);
  const unanswered = answers.items.flatMap((answer, index) => (answer === null ? [index] : []));
  if (unanswered.length > 0) return { kind: 'incomplete', unanswered };
  const points = answers.items as readonly number[];
  const total = points.reduce((sum, answer) => sum + answer, 0) * (form.multiplier ?? 1);
  return {
    kind: 'scored',
    total,
    band: bandOf(form, total, sex),
    ...(form.riskItem === undefined ? {} : { riskItemPoints: points[form.riskItem]! }),
  };
}

/** Whether the closing question is asked: once any item has an answer above "not at all". */
export function followUpAsked(form: QuestionnaireForm, answers: QuestionnaireAnswers): boolean {
  return form.followUp !== undefined && answers.items.some((answer) => answer !== null && answer > 0);
}

export interface ScoreChange {
  /** The new total minus the earlier one. */
  points: number;
  /** Whether the change is at least the form's reliable change; undefined for a form without one. */
  reliable: boolean | undefined;
}

/** The change from an earlier total to a later one of the same form. */
export function changeBetween(form: QuestionnaireForm, earlier: number, later: number): ScoreChange {
  const points = later - earlier;
  return {
    points,
    reliable: form.reliableChange === undefined ? undefined : Math.abs(points) >= form.reliableChange,
  };
}

/** "a score in the moderate range": a band (by name) in neutral words, never a diagnosis. */
export function bandWords(bandName: string): string {
  return `a score in the ${bandName} range`;
}
