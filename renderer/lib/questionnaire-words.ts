import type { QuestionnaireId } from '../../shared/questionnaires/questionnaire-form';
import type {
  GoalScores,
  QuestionnaireCadence,
  ScoredResponse,
} from '../../shared/questionnaires/questionnaire-response';
import { questionnaireForm } from '../../shared/questionnaires/questionnaire-forms';
import { totalRange, type QuestionnaireForm } from '../../shared/questionnaires/questionnaire-form';
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

/** "3 points lower", "1 point higher", "the same total": a difference between two totals. */
function differenceWords(points: number): string {
  if (points === 0) return 'the same total';
  const size = Math.abs(points);
  return `${size} ${size === 1 ? 'point' : 'points'} ${points < 0 ? 'lower' : 'higher'}`;
}

/** "a change of 4 points or more is usually taken as a real change on the GAD-7". */
const realChangeSize = (form: QuestionnaireForm) =>
  `a change of ${form.reliableChange} points or more is usually taken as a real change on the ${form.shortName}`;

/**
 * The change since the answer before, plainly: which way, by how much, and whether it is more than
 * the form's usual variation. Undefined for a first answer.
 */
export function changeWords(response: ScoredResponse): string | undefined {
  const change = response.change;
  if (!change) return undefined;
  const since = formatDate(change.sinceDay);
  if (change.points === 0) return `The same as on ${since}.`;
  const direction = `${differenceWords(change.points)} than on ${since}`;
  if (change.reliable === undefined) return `${direction}.`;
  const form = questionnaireForm(response.form);
  return change.reliable
    ? `${direction}: ${realChangeSize(form)}.`
    : `${direction}: less than the ${form.reliableChange} points usually taken as a real change on the ${form.shortName}.`;
}

/**
 * The change in a table cell: "−5 (a real change)", "+2", "0"; a dash for a first answer. "A real
 * change" is one at least the form's reliable change (`realChangeNote` says how big that is).
 */
export function changeCellWords(response: ScoredResponse): string {
  const change = response.change;
  if (!change) return '—';
  const points = change.points > 0 ? `+${change.points}` : change.points < 0 ? `−${-change.points}` : '0';
  return change.reliable ? `${points} (a real change)` : points;
}

/** What "a real change" means for these forms: "PHQ-9: 5 points or more; GAD-7: 4 points or more". */
export function realChangeNote(forms: readonly QuestionnaireId[]): string | undefined {
  const sizes = [...new Set(forms)]
    .map((id) => questionnaireForm(id))
    .filter((form) => form.reliableChange !== undefined)
    .map((form) => `${form.shortName} ${form.reliableChange} points or more`);
  return sizes.length > 0
    ? `A real change: the size usually taken as one for one person, ${sizes.join('; ')}.`
    : undefined;
}

/** Said wherever a response whose risk item (PHQ-9 item 9) was answered above 0 is shown. */
export const riskItemWords =
  'I answered the question about thoughts of being better off dead or of hurting myself above “Not at all”';

/**
 * What a form's answers over a range come to, in words for the chart's summary: how many, the
 * first and the latest with their ranges, the difference, the lowest and highest, and the size of
 * change the form counts as real. Nothing says whether that is good: the person and their
 * clinician read it.
 */
export function trendWords(
  form: QuestionnaireForm,
  responses: readonly ScoredResponse[],
  /** "over the last 3 months", "so far". */
  when: string,
  latestBefore?: ScoredResponse,
): string {
  const first = responses[0];
  const latest = responses.at(-1);
  if (!first || !latest) {
    const before = latestBefore
      ? ` My latest, on ${formatDate(latestBefore.day)}, was ${scoreWords(latestBefore)}.`
      : '';
    return `No ${form.shortName} answered ${when}.${before}`;
  }
  if (responses.length === 1)
    return `One ${form.shortName} ${when}: ${scoreWords(first)}, on ${formatDate(first.day)}.`;
  const sentences = [
    `${responses.length} ${form.shortName} answers ${when}.`,
    `The first, on ${formatDate(first.day)}, was ${scoreWords(first)}; the latest, on ${formatDate(latest.day)}, ${scoreWords(latest)}: ${differenceWords(latest.total - first.total)}.`,
  ];
  if (responses.length > 2) {
    const lowest = responses.reduce((low, response) => (response.total < low.total ? response : low));
    const highest = responses.reduce((high, response) => (response.total > high.total ? response : high));
    sentences.push(
      `The lowest was ${lowest.total} (${formatDate(lowest.day)}), the highest ${highest.total} (${formatDate(highest.day)}).`,
    );
  }
  if (form.higherIsBetter) sentences.push(`On the ${form.shortName} a higher score means more well-being.`);
  if (form.reliableChange !== undefined) sentences.push(`A${realChangeSize(form).slice(1)}.`);
  return sentences.join(' ');
}

/**
 * A goal that follows a form, in words: "PHQ-9: 16 on 19 November 2026, the first in this range;
 * 11 on 3 December 2026, the latest: a score in the mild range."
 */
export function goalScoreWords({ form, first, latest }: GoalScores, where = 'in this range'): string {
  const { shortName } = questionnaireForm(form);
  if (!first || !latest) return `No ${shortName} answered ${where} yet.`;
  const latestOn = `${latest.total} on ${formatDate(latest.day)}`;
  if (first.day === latest.day && first.total === latest.total)
    return `${shortName}: ${latestOn}, ${bandWords(latest.band)}.`;
  return `${shortName}: ${first.total} on ${formatDate(first.day)}, the first ${where}; ${latestOn}, the latest: ${bandWords(latest.band)}.`;
}
