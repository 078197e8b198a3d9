import { bandsFor, type ScoreBand, type ThresholdSex } from '../../shared/questionnaires/questionnaire-form';
import { questionnaireForm, questionnaireForms } from '../../shared/questionnaires/questionnaire-forms';
import type {
  QuestionnaireResponse,
  QuestionnairesView,
  ScoredResponse,
} from '../../shared/questionnaires/questionnaire-response';
import { changeBetween, scoreAnswers } from '../../shared/questionnaires/questionnaire-score';
import { nextReviewAfter } from '../../shared/plan/review-schedule';
import { earliestDate } from '../../shared/dates/calendar-date';
import type { ReadableDatabase } from '../database/sqlite';
import { readSettings } from '../settings/settings-repository';
import { readResponses, readSchedules } from './questionnaire-repository';

/**
 * Scores responses (oldest first) by their form's published rules, each with its change since the
 * response before it to the same form. The total always comes from the answers, here in main.
 */
export function scoreResponses(
  responses: readonly QuestionnaireResponse[],
  sex: ThresholdSex | null = null,
): ScoredResponse[] {
  const previous = new Map<string, ScoredResponse>();
  return responses.map((response) => {
    const form = questionnaireForm(response.form);
    const score = scoreAnswers(form, response, sex);
    // Stored and imported answers are checked as complete before they are written.
    if (score.kind !== 'scored') throw new Error(`Response ${response.id} is not complete`);
    const before = previous.get(response.form);
    const scored: ScoredResponse = {
      ...response,
      total: score.total,
      band: score.band.name,
      // An answer above 0 on the risk item is worth talking over whatever the total.
      talkItOver: score.band.talkItOver || (score.riskItemPoints ?? 0) > 0,
      ...(score.riskItemPoints === undefined ? {} : { riskItemPoints: score.riskItemPoints }),
      ...(before ? { change: { ...changeBetween(form, before.total, score.total), sinceDay: before.day } } : {}),
      ...(form.maleBands ? { threshold: { sex, from: firstTalkItOver(bandsFor(form, sex)) } } : {}),
    };
    previous.set(response.form, scored);
    return scored;
  });
}

/** The lowest total of the first band worth talking over. */
const firstTalkItOver = (bands: readonly ScoreBand[]): number => bands.find((band) => band.talkItOver)!.from;

/** The sex whose threshold applies, from the setting ('unstated' and never asked both mean none). */
const sexForThresholds = (db: ReadableDatabase): ThresholdSex | null => {
  const { thresholdSex } = readSettings(db);
  return thresholdSex === 'female' || thresholdSex === 'male' ? thresholdSex : null;
};

/** Every stored response, oldest first, scored with the threshold the person's settings give. */
export function readScoredResponses(db: ReadableDatabase): ScoredResponse[] {
  return scoreResponses(readResponses(db), sexForThresholds(db));
}

/**
 * The first day any scheduled form is due from, whatever today is (a form scheduled and never
 * answered is due from the start); null when none is scheduled. Reminders read it.
 */
export function questionnairesDueFrom(db: ReadableDatabase): string | null {
  const dueDays = readQuestionnairesView(db, earliestDate).forms.flatMap((status) =>
    status.nextDueOn === null ? [] : [status.nextDueOn],
  );
  return dueDays.length === 0 ? null : dueDays.reduce((first, day) => (day < first ? day : first));
}

/**
 * Every form with its schedule and latest result, as of the check-in day `today`. A scheduled form
 * never answered is due at once; after that it is due one cadence after its latest answer.
 */
export function readQuestionnairesView(db: ReadableDatabase, today: string): QuestionnairesView {
  const responses = readScoredResponses(db);
  const schedules = readSchedules(db);
  const forms = questionnaireForms.map((form) => {
    const cadence = schedules.get(form.id) ?? 'none';
    const latest = responses.findLast((response) => response.form === form.id);
    const nextDueOn = cadence === 'none' ? null : latest ? nextReviewAfter(latest.day, cadence) : today;
    return {
      form: form.id,
      cadence,
      nextDueOn,
      due: nextDueOn !== null && nextDueOn <= today,
      ...(latest ? { latest } : {}),
    };
  });
  return { forms, responses };
}
