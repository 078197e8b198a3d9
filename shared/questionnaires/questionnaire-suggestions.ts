import type { PlanDocument } from '../plan/plan-document';
import type { QuestionnaireId } from './questionnaire-form';
import type { QuestionnaireCadence, QuestionnaireStatus } from './questionnaire-response';

export interface SuggestedSchedule {
  form: QuestionnaireId;
  cadence: QuestionnaireCadence;
}

/** Words in a plan that say alcohol is part of it. */
const alcoholWords = /\b(alcohol|drink|drinks|drinking|drunk|beer|wine|spirits|booze)\b/i;

/** Whether alcohol is in the plan: named anywhere in what I wrote about my recovery, my goals or triggers. */
function alcoholInPlan(plan: PlanDocument): boolean {
  const { about, goals, triggers } = plan;
  const texts = [
    about.inMyOwnWords,
    about.countedAs,
    about.whatRecoveryMeans,
    about.coOccurring,
    ...goals.flatMap((goal) => [goal.statement, goal.specific, goal.measurable, goal.target]),
    ...triggers.flatMap((trigger) => [trigger.description, trigger.notes]),
  ];
  return texts.some((text) => alcoholWords.test(text));
}

/**
 * The schedules suggested for what my plan says I am recovering from: PHQ-9 and GAD-7 every two
 * weeks for mental health, AUDIT-C monthly for addiction where alcohol is in the plan, nothing for
 * a physical recovery or a life event. A form already scheduled is not suggested again.
 */
export function suggestedSchedules(plan: PlanDocument, forms: readonly QuestionnaireStatus[]): SuggestedSchedule[] {
  const kinds = plan.about.recoveringFrom;
  const suggestions: SuggestedSchedule[] = [];
  if (kinds.includes('mental-health'))
    suggestions.push({ form: 'phq-9', cadence: 'every-2-weeks' }, { form: 'gad-7', cadence: 'every-2-weeks' });
  if (kinds.includes('addiction') && alcoholInPlan(plan)) suggestions.push({ form: 'audit-c', cadence: 'monthly' });
  const scheduled = new Set(forms.filter((status) => status.cadence !== 'none').map((status) => status.form));
  return suggestions.filter((suggestion) => !scheduled.has(suggestion.form));
}
