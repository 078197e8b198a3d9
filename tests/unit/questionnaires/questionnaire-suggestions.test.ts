import { describe, expect, it } from 'vitest';
import { assemblePlan, type PlanDocument } from '../../../shared/plan/plan-document';
import { blankSections } from '../../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions, type PlanTemplate } from '../../../shared/plan/plan-templates';
import { questionnaireIds } from '../../../shared/questionnaires/questionnaire-forms';
import type { QuestionnaireStatus } from '../../../shared/questionnaires/questionnaire-response';
import { suggestedSchedules } from '../../../shared/questionnaires/questionnaire-suggestions';

const started = (key: PlanTemplate['key']): PlanDocument => {
  let counter = 0;
  const template = planTemplates.find((candidate) => candidate.key === key)!;
  return withTemplateSuggestions(assemblePlan(blankSections(), []), template, () => `e${counter++}`);
};

/** Every form unscheduled, but those given. */
const statuses = (scheduled: Partial<Record<string, QuestionnaireStatus['cadence']>> = {}): QuestionnaireStatus[] =>
  questionnaireIds.map((form) => ({ form, cadence: scheduled[form] ?? 'none', nextDueOn: null, due: false }));

describe('questionnaires suggested for my plan', () => {
  it('mental health: the PHQ-9 and the GAD-7 every two weeks', () => {
    expect(suggestedSchedules(started('mental-health'), statuses())).toEqual([
      { form: 'phq-9', cadence: 'every-2-weeks' },
      { form: 'gad-7', cadence: 'every-2-weeks' },
    ]);
  });

  it('addiction: the AUDIT-C every month, only where alcohol is in the plan', () => {
    const addiction = started('addiction');
    expect(suggestedSchedules(addiction, statuses())).toEqual([{ form: 'audit-c', cadence: 'monthly' }]);
    // A plan about gambling alone, with no word of drink: nothing.
    const gambling: PlanDocument = {
      ...assemblePlan(blankSections(), []),
      about: { ...addiction.about, inMyOwnWords: 'Online betting took over my evenings.', coOccurring: '' },
    };
    expect(suggestedSchedules(gambling, statuses())).toEqual([]);
    expect(
      suggestedSchedules({ ...gambling, about: { ...gambling.about, countedAs: 'alcohol-free' } }, statuses()),
    ).toEqual([{ form: 'audit-c', cadence: 'monthly' }]);
  });

  it('a physical recovery, a life event or a blank plan: nothing by default', () => {
    expect(suggestedSchedules(started('physical'), statuses())).toEqual([]);
    expect(suggestedSchedules(started('life-event'), statuses())).toEqual([]);
    expect(suggestedSchedules(started('blank'), statuses())).toEqual([]);
  });

  it('a form I already scheduled, at any cadence, is not suggested again', () => {
    expect(suggestedSchedules(started('mental-health'), statuses({ 'gad-7': 'monthly' }))).toEqual([
      { form: 'phq-9', cadence: 'every-2-weeks' },
    ]);
  });
});
