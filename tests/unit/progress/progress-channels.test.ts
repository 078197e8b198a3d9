import { describe, expect, it } from 'vitest';
import { useUnlockedCores } from '../support/unlocked-core';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

describe('progress channels', () => {
  it('summarises a range for charts: mean and spread of several check-ins, links, lapses', async () => {
    const { call, value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    const strategy = plan.plan.copingStrategies[0]!.id;
    await value('checkIns.add', checkIn({ at: '2026-03-10T08:00:00.000Z', mood: 4, copingIds: [strategy] }));
    await value('checkIns.add', checkIn({ at: '2026-03-10T20:00:00.000Z', mood: 8, copingIds: [strategy] }));
    await value('checkIns.add', checkIn({ at: '2026-03-12T20:00:00.000Z', mood: 2, lapse: true }));
    const progress = await value('progress.get', {
      from: '2026-03-10',
      to: '2026-03-12',
      pixels: 400,
      metrics: ['mood', 'energy'],
    });
    expect(progress).toMatchObject({
      firstDay: '2026-03-10',
      lastDay: '2026-03-12',
      resolution: 'day',
      series: {
        mood: [
          { day: '2026-03-10', mean: 6, min: 4, max: 8, count: 2 },
          { day: '2026-03-12', mean: 2, min: 2, max: 2, count: 1 },
        ],
        energy: [
          { day: '2026-03-10', mean: 5, min: 5, max: 5, count: 2 },
          { day: '2026-03-12', mean: 5, min: 5, max: 5, count: 1 },
        ],
      },
      rollingAverage: [
        { day: '2026-03-10', value: 6 },
        { day: '2026-03-12', value: 4 },
      ],
      checkIns: {
        '2026-03-10': [
          { time: '08:00', mood: 4, lapse: false },
          { time: '20:00', mood: 8, lapse: false },
        ],
      },
      daysWithValue: { mood: 2, energy: 2 },
      lapseDays: ['2026-03-12'],
    });
    expect(progress.whatHelps.comparisons[0]).toEqual({
      factor: `coping:${strategy}`,
      usedDays: { mean: 6, days: 1 },
      otherDays: { mean: 2, days: 1 },
      nextDays: { mean: null, days: 0 },
    });
    // Ten years on a 400-pixel chart: weeks, never more points than pixels.
    const long = await value('progress.get', {
      from: '2016-01-01',
      to: '2026-03-31',
      pixels: 400,
      metrics: ['mood'],
    });
    expect(long.resolution).toBe('month');
    expect(long.rollingAverage).toEqual([]);
    expect(
      await call('progress.get', { from: '2026-03-12', to: '2026-03-10', pixels: 400, metrics: ['mood'] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
