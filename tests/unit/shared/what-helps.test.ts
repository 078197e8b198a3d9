import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../../shared/progress/what-helps';

describe('what helps', () => {
  const days = [
    { day: '2026-11-01', mood: 4, strategyIds: [] },
    { day: '2026-11-02', mood: 7, strategyIds: ['walk'] },
    { day: '2026-11-03', mood: 6, strategyIds: [] },
    { day: '2026-11-04', mood: 8, strategyIds: ['walk', 'call'] },
    { day: '2026-11-06', mood: null, strategyIds: ['walk'] },
    { day: '2026-11-07', mood: 5, strategyIds: [] },
  ];

  it('compares mood on days a strategy was used with other days, and the next day, with day counts', () => {
    const [walk, call] = compareStrategies(days, ['walk', 'call']);
    expect(walk).toEqual({
      strategyId: 'walk',
      usedDays: { mean: 7.5, days: 2 },
      otherDays: { mean: 5, days: 3 },
      nextDays: { mean: 5.5, days: 2 }, // 11-03 and 11-07; 11-05 has no check-in
    });
    expect(call).toEqual({
      strategyId: 'call',
      usedDays: { mean: 8, days: 1 },
      otherDays: { mean: 5.5, days: 4 },
      nextDays: { mean: null, days: 0 },
    });
  });

  it('a strategy never used has no figure for its days, rather than a zero', () => {
    expect(compareStrategies(days, ['breathe'])[0]!.usedDays).toEqual({ mean: null, days: 0 });
  });
});
