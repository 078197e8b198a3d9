import { describe, expect, it } from 'vitest';
import { automaticMilestones, recoveryCounters } from '../../../shared/milestones/recovery-counters';

describe('recovery counters', () => {
  it('without a lapse, every day since the start counts in each counter', () => {
    expect(recoveryCounters('2026-03-14', [], '2026-03-15')).toEqual({
      totalDays: 1,
      currentRun: 1,
      longestRun: 1,
      daysSinceLastLapse: null,
      lapses: 0,
    });
  });

  it('a lapse restarts the current run from the next day but keeps the total and the longest run', () => {
    // Like a clean date: the day after the lapse is day 0 of the new run.
    const counters = recoveryCounters('2026-01-01', ['2026-03-02'], '2026-03-12');
    expect(counters).toEqual({ totalDays: 70, currentRun: 9, longestRun: 60, daysSinceLastLapse: 10, lapses: 1 });
  });

  it('the longest run can be the current one, and lapses on the same day count once', () => {
    const counters = recoveryCounters('2026-01-01', ['2026-01-05', '2026-01-05', '2026-01-20'], '2026-06-01');
    expect(counters.lapses).toBe(2);
    expect(counters.longestRun).toBe(counters.currentRun);
    expect(counters.currentRun).toBe(131);
  });

  it('a lapse today gives a current run of zero; lapses before the start or in the future are ignored', () => {
    expect(recoveryCounters('2026-01-01', ['2026-02-01'], '2026-02-01')).toMatchObject({
      currentRun: 0,
      daysSinceLastLapse: 0,
      longestRun: 31,
    });
    expect(recoveryCounters('2026-01-01', ['2025-12-31', '2026-12-01'], '2026-02-01')).toMatchObject({
      lapses: 0,
      currentRun: 31,
    });
  });
});

describe('automatic milestones', () => {
  it('are 1 week, 30/60/90 days, 6 months, 1 year and each year after, up to today', () => {
    expect(automaticMilestones('2024-01-31', '2026-02-01')).toEqual([
      { title: '1 week', date: '2024-02-07' },
      { title: '30 days', date: '2024-03-01' },
      { title: '60 days', date: '2024-03-31' },
      { title: '90 days', date: '2024-04-30' },
      { title: '6 months', date: '2024-07-31' },
      { title: '1 year', date: '2025-01-31' },
      { title: '2 years', date: '2026-01-31' },
    ]);
    expect(automaticMilestones('2026-11-01', '2026-11-20')).toEqual([{ title: '1 week', date: '2026-11-08' }]);
  });
});
