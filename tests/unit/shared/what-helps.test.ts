import { describe, expect, it } from 'vitest';
import { byDifference, compareFactors, standingOut, whatHelpsFactors } from '../../../shared/progress/what-helps';

describe('what helps', () => {
  const day = (date: string, value: number | null, factors: string[]) => ({
    day: date,
    value,
    factors: new Set(factors),
  });
  const days = [
    day('2026-11-01', 4, []),
    day('2026-11-02', 7, ['walk']),
    day('2026-11-03', 6, []),
    day('2026-11-04', 8, ['walk', 'call']),
    day('2026-11-06', null, ['walk']),
    day('2026-11-07', 5, []),
  ];

  it('compares a measure on days with a factor against other days, and the next day, with day counts', () => {
    const [walk, call] = compareFactors(days, ['walk', 'call']);
    expect(walk).toEqual({
      factor: 'walk',
      usedDays: { mean: 7.5, days: 2 },
      otherDays: { mean: 5, days: 3 },
      nextDays: { mean: 5.5, days: 2 }, // 11-03 and 11-07; 11-05 has no check-in
    });
    expect(call).toEqual({
      factor: 'call',
      usedDays: { mean: 8, days: 1 },
      otherDays: { mean: 5.5, days: 4 },
      nextDays: { mean: null, days: 0 },
    });
  });

  it('a factor never present has no figure for its days, rather than a zero', () => {
    expect(compareFactors(days, ['breathe'])[0]!.usedDays).toEqual({ mean: null, days: 0 });
  });

  it('the factors are the coping strategies, the triggers and the yes/no measures, in that order', () => {
    const plan = {
      copingStrategies: [
        { id: 's1', name: 'Walk', kind: 'other' as const, whenItHelps: '', triggerIds: [], frequency: '' },
      ],
      triggers: [{ id: 't1', kind: 'time' as const, description: 'Paydays', notes: '' }],
    };
    const metrics = [
      { key: 'pain', label: 'Pain', kind: 'scale' as const },
      { key: 'custom-meeting', label: 'Went to a meeting', kind: 'yes-no' as const },
    ];
    expect(whatHelpsFactors(plan, metrics)).toEqual([
      { key: 'coping:s1', kind: 'coping', id: 's1', title: 'Walk' },
      { key: 'trigger:t1', kind: 'trigger', id: 't1', title: 'Paydays' },
      { key: 'measure:custom-meeting', kind: 'measure', id: 'custom-meeting', title: 'Went to a meeting' },
    ]);
  });
});

describe('what stands out among what helps', () => {
  const compared = (factor: string, used: [number | null, number], other: [number | null, number]) => ({
    factor,
    usedDays: { mean: used[0], days: used[1] },
    otherDays: { mean: other[0], days: other[1] },
    nextDays: { mean: null, days: 0 },
  });
  const walk = compared('walk', [6.8, 40], [5.1, 120]); // +1.7
  const paydays = compared('paydays', [4.2, 20], [6, 140]); // −1.8
  const call = compared('call', [5.4, 30], [5.2, 130]); // +0.2, under half a point
  const once = compared('once', [9, 1], [5, 159]); // +4 on a single day
  const never = compared('never', [null, 0], [5.5, 160]);

  it('orders by the difference either way, with too few days or none at all after', () => {
    expect(byDifference([call, never, once, walk, paydays]).map((row) => row.factor)).toEqual([
      'paydays',
      'walk',
      'call',
      'once',
      'never',
    ]);
  });

  it('names at most two that stand out: enough days on both sides and at least the smallest change that counts', () => {
    expect(standingOut([call, once, walk, paydays], 0.5).map((row) => row.factor)).toEqual(['paydays', 'walk']);
    expect(standingOut([call, once], 0.5)).toEqual([]);
  });
});
