import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendar-date';
import type { ProgressDay } from '../../../shared/progress/progress-days';
import { summarizeProgress } from '../../../shared/progress/progress-summary';

function day(date: string, mood: number, extra: Partial<ProgressDay> = {}): ProgressDay {
  return {
    day: date,
    values: { mood: { mean: mood, min: mood, max: mood, count: 1 } },
    checkIns: [{ time: '20:00', mood, lapse: false }],
    copingIds: [],
    triggerIds: [],
    warningSignIds: [],
    lapse: false,
    ...extra,
  };
}

const vault = { firstDay: '2026-01-01', lastDay: '2026-12-31' };
const noPlan = { factors: [], goals: [] };

describe('progress summary', () => {
  it('keeps days for a short range, with the rolling average, check-ins and lapses', () => {
    const days = [day('2026-03-01', 4), day('2026-03-02', 6, { lapse: true }), day('2026-03-05', 8)];
    const view = summarizeProgress(
      days,
      { from: '2026-03-01', to: '2026-03-07', pixels: 300, metrics: ['mood'] },
      noPlan,
      vault,
    );
    expect(view.resolution).toBe('day');
    expect(view.series.mood!.map((point) => point.mean)).toEqual([4, 6, 8]);
    expect(view.rollingAverage.map((point) => point.value)).toEqual([4, 5, 6]);
    expect(view.checkIns['2026-03-02']).toEqual([{ time: '20:00', mood: 6, lapse: false }]);
    expect(view.lapseDays).toEqual(['2026-03-02']);
    expect(view.daysWithValue).toEqual({ mood: 3 });
  });

  it('never compares a stretch from before my first check-in: a week-old vault has nothing to compare yet', () => {
    const week = Array.from({ length: 7 }, (_, index) => day(addDays('2026-02-25', index), 6));
    const request = { from: '2026-02-04', to: '2026-03-03', pixels: 300, metrics: ['mood'] };
    const newVault = { firstDay: '2026-02-25', lastDay: '2026-03-03' };
    expect(summarizeProgress(week, request, noPlan, newVault).comparisons).toEqual({ mood: null });
    // Four weeks in, the halves are both the person's own: Feb 4–17 against Feb 18–Mar 3.
    const month = Array.from({ length: 28 }, (_, index) => day(addDays('2026-02-04', index), 6));
    const comparison = summarizeProgress(month, request, noPlan, { ...newVault, firstDay: '2026-02-04' }).comparisons
      .mood!;
    expect([comparison.earlier.from, comparison.later.to, comparison.direction]).toEqual([
      '2026-02-04',
      '2026-03-03',
      'about the same',
    ]);
  });

  it('pools a long range into weeks or months so points never outnumber pixels, and drops per-day detail', () => {
    const days = Array.from({ length: 730 }, (_, index) => day(addDays('2025-01-01', index), index % 11));
    const weekly = summarizeProgress(
      days,
      { from: '2025-01-01', to: '2026-12-31', pixels: 200, metrics: ['mood'] },
      noPlan,
      vault,
    );
    expect(weekly.resolution).toBe('week');
    expect(weekly.series.mood!.length).toBeLessThanOrEqual(200);
    expect(weekly.series.mood![0]).toMatchObject({ day: '2024-12-30', count: 5 }); // the Monday of 1 Jan 2025
    expect(weekly.rollingAverage).toEqual([]);
    expect(weekly.checkIns).toEqual({});
    const monthly = summarizeProgress(
      days,
      { from: '2025-01-01', to: '2026-12-31', pixels: 50, metrics: ['mood'] },
      noPlan,
      vault,
    );
    expect(monthly.resolution).toBe('month');
    expect(monthly.series.mood).toHaveLength(24);
    expect(monthly.patterns.resolution).toBe('month');
    expect(monthly.patterns.buckets).toHaveLength(24);
  });

  it('counts triggers and warning signs per bucket, compares strategies and follows goals', () => {
    const days = [
      day('2026-03-02', 3, { triggerIds: ['t1'], warningSignIds: ['w1'] }),
      day('2026-03-03', 7, { copingIds: ['s1'], triggerIds: ['t1'] }),
      day('2026-03-10', 5, { triggerIds: ['t1'] }),
    ];
    const view = summarizeProgress(
      days,
      { from: '2026-03-01', to: '2026-03-31', pixels: 300, metrics: ['mood'] },
      {
        factors: ['coping:s1', 'trigger:t1'],
        goals: [
          { id: 'g1', metric: 'mood' },
          { id: 'g2', metric: null },
        ],
      },
      vault,
    );
    expect(view.patterns.resolution).toBe('week');
    expect(view.patterns.buckets[0]).toBe('2026-02-23');
    expect(view.patterns.counts.t1).toEqual({ total: 3, byBucket: { '2026-03-02': 2, '2026-03-09': 1 } });
    expect(view.patterns.counts.w1).toEqual({ total: 1, byBucket: { '2026-03-02': 1 } });
    expect(view.whatHelps).toEqual({
      measure: 'mood',
      comparisons: [
        {
          factor: 'coping:s1',
          usedDays: { mean: 7, days: 1 },
          otherDays: { mean: 4, days: 2 },
          nextDays: { mean: null, days: 0 },
        },
        {
          factor: 'trigger:t1',
          usedDays: { mean: 5, days: 3 },
          otherDays: { mean: null, days: 0 },
          nextDays: { mean: 7, days: 1 },
        },
      ],
    });
    // 31 days is too short to compare two separate four-week windows: only the whole range is given.
    expect(view.goals).toEqual([
      {
        goalId: 'g1',
        metric: 'mood',
        first: { mean: null, days: 0 },
        last: { mean: 5, days: 3 },
        level: { latest: { day: '2026-03-10', value: 5 }, lastWeek: { mean: 5, days: 1 } },
      },
    ]);
  });
});
