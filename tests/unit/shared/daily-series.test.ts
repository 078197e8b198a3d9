import { describe, expect, it } from 'vitest';
import {
  aggregate,
  bucketStart,
  dailyValues,
  resolutionFor,
  rollingAverage,
} from '../../../shared/progress/daily-series';

describe('daily series', () => {
  it('a day with several check-ins is their mean, with the spread and the count', () => {
    expect(
      dailyValues([
        { day: '2026-11-02', value: 6 },
        { day: '2026-11-01', value: 4 },
        { day: '2026-11-01', value: 8 },
      ]),
    ).toEqual([
      { day: '2026-11-01', mean: 6, min: 4, max: 8, count: 2 },
      { day: '2026-11-02', mean: 6, min: 6, max: 6, count: 1 },
    ]);
  });

  it('the 7-day rolling average uses the days that have values; missing days are gaps, not zeros', () => {
    const days = dailyValues([
      { day: '2026-11-01', value: 2 },
      { day: '2026-11-02', value: 4 },
      { day: '2026-11-05', value: 6 },
      { day: '2026-11-08', value: 8 },
      { day: '2026-11-20', value: 10 },
    ]);
    expect(rollingAverage(days)).toEqual([
      { day: '2026-11-01', value: 2 },
      { day: '2026-11-02', value: 3 },
      { day: '2026-11-05', value: 4 },
      { day: '2026-11-08', value: 6 }, // 11-02 .. 11-08
      { day: '2026-11-20', value: 10 }, // nothing else within 7 days
    ]);
  });

  it('picks day, week or month so no chart draws more points than it has pixels', () => {
    expect(resolutionFor('2026-01-01', '2026-06-30', 600)).toBe('day');
    expect(resolutionFor('2024-01-01', '2025-06-30', 300)).toBe('week');
    // Beyond two years, months whatever the width: ten years read as a trend, not ~520 weekly points.
    expect(resolutionFor('2024-01-02', '2026-01-01', 300)).toBe('week');
    expect(resolutionFor('2024-01-01', '2026-01-02', 3000)).toBe('month');
    expect(resolutionFor('2016-01-01', '2026-01-01', 600)).toBe('month');
    expect(resolutionFor('2016-01-01', '2026-01-01', 300)).toBe('month');
  });

  it('weeks start on Monday, months on the 1st, and a bucket is the mean of its days', () => {
    expect(bucketStart('2026-11-20', 'week')).toBe('2026-11-16');
    expect(bucketStart('2026-11-16', 'week')).toBe('2026-11-16');
    expect(bucketStart('2026-11-20', 'month')).toBe('2026-11-01');
    const days = dailyValues([
      { day: '2026-11-16', value: 2 },
      { day: '2026-11-17', value: 4 },
      { day: '2026-11-17', value: 4 },
      { day: '2026-11-23', value: 9 },
    ]);
    expect(aggregate(days, 'week')).toEqual([
      { day: '2026-11-16', mean: 3, min: 2, max: 4, count: 2 },
      { day: '2026-11-23', mean: 9, min: 9, max: 9, count: 1 },
    ]);
  });
});
