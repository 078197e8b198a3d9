import { describe, expect, it } from 'vitest';
import { goalAchievements } from '../../../shared/plan/goal-achievement';

describe('a goal marked achieved', () => {
  const goals = [
    { id: 'stay-sober', status: 'achieved' },
    { id: 'meetings', status: 'in-progress' },
  ];
  const milestones = [
    { goalId: 'stay-sober', date: '2025-12-04' },
    { goalId: null, date: '2026-01-01' },
  ];

  it('says when it was marked achieved, and a setback since, the latest one', () => {
    expect(goalAchievements(goals, milestones, ['2025-11-01', '2026-11-04', '2026-11-12'])).toEqual([
      { goalId: 'stay-sober', achievedOn: '2025-12-04', setbackSince: '2026-11-12' },
    ]);
  });

  it('a setback before it was achieved, or on the day, does not contradict it; nor does a goal without its milestone', () => {
    expect(goalAchievements(goals, milestones, ['2025-11-01', '2025-12-04'])).toEqual([
      { goalId: 'stay-sober', achievedOn: '2025-12-04', setbackSince: null },
    ]);
    expect(goalAchievements([{ id: 'other', status: 'achieved' }], milestones, ['2026-11-12'])).toEqual([]);
  });
});
