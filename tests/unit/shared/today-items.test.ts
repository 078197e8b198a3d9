import { describe, expect, it } from 'vitest';
import { weekStart } from '../../../shared/dates/calendar-date';
import { checkInDayCounts, dueActionSteps, dueContacts, reviewDue } from '../../../shared/today/today-items';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import { blankEntry } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { checkInFields } from '../../support/check-in-fields';

const checkInOn = (day: string, id = day): CheckIn => ({ id, day, ...checkInFields() });

function planWith(changes: Partial<PlanDocument>): PlanDocument {
  return {
    goals: [],
    supportNetwork: { people: [], resources: [] },
    careTeam: { professionals: [], accountability: [] },
    reviewSchedule: { cadence: 'monthly', nextReviewOn: null },
    ...changes,
  } as PlanDocument;
}

describe('Today', () => {
  it('weeks start on Monday; counts are days checked in this week and month, which only grow', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    const checkIns = ['2026-10-30', '2026-11-02', '2026-11-16', '2026-11-16', '2026-11-18'].map((day, index) =>
      checkInOn(day, `c${index}`),
    );
    const counts = checkInDayCounts(checkIns, '2026-11-18');
    expect(counts).toMatchObject({ thisWeek: 2, thisMonth: 3 });
    expect(counts.today.map((checkIn) => checkIn.id)).toEqual(['c4']);
    // A missed day takes nothing away: the next day the counts are the same, not zero.
    expect(checkInDayCounts(checkIns, '2026-11-19')).toMatchObject({ thisWeek: 2, thisMonth: 3, today: [] });
  });

  it('action steps: open ones of goals still being worked on, due within a week or past, soonest first, three at most', () => {
    const step = (text: string, dueDate: string | null, done = false) => ({
      ...blankEntry('actionSteps'),
      id: text,
      text,
      dueDate,
      done,
    });
    const goal = (status: 'in-progress' | 'paused', steps: ReturnType<typeof step>[]) => ({
      ...blankEntry('goals'),
      id: `goal-${status}`,
      statement: `A goal ${status}`,
      status,
      actionSteps: steps,
    });
    const plan = planWith({
      goals: [
        goal('in-progress', [
          step('far away', '2026-12-30'),
          step('done already', '2026-11-19', true),
          step('no date', null),
          step('next week', '2026-11-25'),
          step('last week', '2026-11-12'),
          step('tomorrow', '2026-11-19'),
          step('in three days', '2026-11-21'),
        ]),
        goal('paused', [step('paused goal', '2026-11-19')]),
      ],
    });
    expect(dueActionSteps(plan, '2026-11-18').map((due) => due.text)).toEqual([
      'last week',
      'tomorrow',
      'in three days',
    ]);
  });

  it('people are due when their cadence has come round or no contact is noted; unreadable cadences never are', () => {
    const person = (name: string, checkInFrequency: string, lastContactOn: string | null) => ({
      ...blankEntry('people'),
      id: name,
      name,
      checkInFrequency,
      lastContactOn,
    });
    const plan = planWith({
      supportNetwork: {
        people: [
          person('Weekly, 6 days ago', 'weekly', '2026-11-12'),
          person('Weekly, 9 days ago', 'weekly', '2026-11-09'),
          person('Daily, never', 'daily', null),
          person('Whenever', 'when I need to', null),
        ],
        resources: [],
      },
      careTeam: {
        professionals: [],
        accountability: [
          {
            ...blankEntry('accountabilityCheckIns'),
            id: 'a1',
            withWhom: 'Group',
            howOften: 'weekly',
            lastContactOn: '2026-11-11',
          },
        ],
      },
    });
    expect(dueContacts(plan, '2026-11-18').map((due) => [due.name, due.overdueDays])).toEqual([
      ['Daily, never', null],
      ['Weekly, 9 days ago', 2],
      ['Group', 0],
    ]);
  });

  it('the review is due on its day and after, unless reviews are off', () => {
    const plan = (cadence: 'monthly' | 'none', nextReviewOn: string | null) =>
      planWith({ reviewSchedule: { cadence, nextReviewOn } });
    expect(reviewDue(plan('monthly', '2026-11-18'), '2026-11-18')).toBe('2026-11-18');
    expect(reviewDue(plan('monthly', '2026-11-19'), '2026-11-18')).toBeNull();
    expect(reviewDue(plan('none', '2026-11-01'), '2026-11-18')).toBeNull();
  });
});
