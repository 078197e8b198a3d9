import type { QuestionnaireCadence, ScoredResponse } from '../../shared/questionnaires/questionnaire-response';
import { questionnaireForm } from '../../shared/questionnaires/questionnaire-forms';
import { totalRange } from '../../shared/questionnaires/questionnaire-form';
import { bandWords } from '../../shared/questionnaires/questionnaire-score';
import type { Settings } from '../../shared/settings/settings';
import { formatDate } from './format-date';

type ThresholdSexChoice = NonNullable<Settings['thresholdSex']>;

/** How often a form is asked for, in the words of the choice. */
export const cadenceWords: Record<QuestionnaireCadence, string> = {
  none: 'Only when I choose',
  weekly: 'Every week',
  'every-2-weeks': 'Every 2 weeks',
  monthly: 'Every month',
  'every-3-months': 'Every 3 months',
};

/** "11 out of 27, a score in the moderate range" ("23 on a scale of 10 to 50" where it starts above 0). */
export function scoreWords(response: ScoredResponse): string {
  const { min, max } = totalRange(questionnaireForm(response.form));
  const scale = min === 0 ? `out of ${max}` : `on a scale of ${min} to ${max}`;
  return `${response.total} ${scale}, ${bandWords(response.band)}`;
}

/** The choice of threshold for a form that has one per sex, in the words of the choice. */
export const thresholdSexWords: Record<ThresholdSexChoice, string> = {
  female: 'The threshold for women (3 or more)',
  male: 'The threshold for men (4 or more)',
  unstated: 'I’d rather not say (3 or more is used)',
};

/** Which threshold a response was scored with, for a form that has one per sex (AUDIT-C). */
export function thresholdWords(response: ScoredResponse): string | undefined {
  const threshold = response.threshold;
  if (!threshold) return undefined;
  const from = `${threshold.from} or more is in the higher range`;
  if (threshold.sex === 'female') return `Scored with the threshold for women: ${from}.`;
  if (threshold.sex === 'male') return `Scored with the threshold for men: ${from}.`;
  return `Scored with the threshold used for women and whenever no sex is given: ${from}.`;
}

/**
 * The change since the answer before, plainly: which way, by how much, and whether it is more than
 * the form's usual variation. Undefined for a first answer.
 */
export function changeWords(response: ScoredResponse): string | undefined {
  const change = response.change;
  if (!change) return undefined;
  const since = formatDate(change.sinceDay);
  if (change.points === 0) return `The same as on ${since}.`;
  const size = Math.abs(change.points);
  const direction = `${size} ${size === 1 ? 'point' : 'points'} ${change.points < 0 ? 'lower' : 'higher'} than on ${since}`;
  if (change.reliable === undefined) return `${direction}.`;
  const form = questionnaireForm(response.form);
  return change.reliable
    ? `${direction}: a change of ${form.reliableChange} points or more is usually taken as a real change on the ${form.shortName}.`
    : `${direction}: less than the ${form.reliableChange} points usually taken as a real change on the ${form.shortName}.`;
}

/** Said wherever a response whose risk item (PHQ-9 item 9) was answered above 0 is shown. */
export const riskItemWords =
  'I answered the question about thoughts of being better off dead or of hurting myself above “Not at all”';
