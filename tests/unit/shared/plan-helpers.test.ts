import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, localDate } from '../../../shared/dates/calendar-date';
import { assemblePlan, entriesOfPlan, sectionsOfPlan } from '../../../shared/plan/plan-document';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions } from '../../../shared/plan/plan-templates';
import { nextReviewAfter } from '../../../shared/plan/review-schedule';
import { missingSmartParts } from '../../../shared/plan/smart-goal';

describe('calendar dates', () => {
  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // EU clocks change on the 29th
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-20', 3)).toBe('2027-02-20');
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-11-20', '2026-11-13')).toBe(-7);
  });

  it('names the local calendar day of a moment', () => {
    expect(localDate(new Date(2026, 10, 20, 23, 59))).toBe('2026-11-20');
  });
});

describe('review schedule', () => {
  it.each([
    ['weekly', '2026-11-27'],
    ['every-2-weeks', '2026-12-04'],
    ['monthly', '2026-12-20'],
    ['every-3-months', '2027-02-20'],
    ['none', null],
  ] as const)('after a review on 2026-11-20, %s gives %s', (cadence, next) => {
    expect(nextReviewAfter('2026-11-20', cadence)).toBe(next);
  });
});

describe('SMART prompts', () => {
  it('names every part a blank goal is missing, and none once it is complete', () => {
    const goal = { ...blankEntry('goals'), statement: 'Walk every day' };
    expect(missingSmartParts(goal).map((missing) => missing.part)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'time-bound',
    ]);
    const complete = {
      ...goal,
      specific: '20 minutes after lunch',
      measurable: 'Minutes walked',
      target: '20 a day',
      achievable: 'The park is close',
      relevant: 'It clears my head',
      targetDate: '2027-01-31',
    };
    expect(missingSmartParts(complete)).toEqual([]);
  });

  it('measurable needs both what is measured and the target', () => {
    const goal = { ...blankEntry('goals'), statement: 'Sleep better', measurable: 'Hours slept' };
    expect(missingSmartParts(goal).map((missing) => missing.part)).toContain('measurable');
  });
});

describe('plan document and its entries', () => {
  it('splitting a plan into entries and sections and assembling it again gives the same plan', () => {
    let counter = 0;
    const plan = withTemplateSuggestions(assemblePlan(blankSections(), []), planTemplates[0]!, () => `e${counter++}`);
    plan.warningSigns.crisis.actionPlan = 'Call my sponsor, then the crisis line.';
    const entries = entriesOfPlan(plan);
    expect(entries.filter((entry) => entry.list === 'actionSteps').every((entry) => entry.parentId !== null)).toBe(
      true,
    );
    expect(assemblePlan(sectionsOfPlan(plan), entries)).toEqual(plan);
  });

  it('a template adds after what is already there and does not repeat a recovery kind', () => {
    let counter = 0;
    const newId = () => `e${counter++}`;
    const addiction = planTemplates.find((template) => template.key === 'addiction')!;
    const once = withTemplateSuggestions(assemblePlan(blankSections(), []), addiction, newId);
    const twice = withTemplateSuggestions(once, addiction, newId);
    expect(twice.about.recoveringFrom).toEqual(['addiction']);
    expect(twice.goals.slice(0, once.goals.length)).toEqual(once.goals);
    expect(twice.goals).toHaveLength(once.goals.length * 2);
  });
});
