import { describe, expect, it } from 'vitest';
import type { SubstanceFields } from '../../../shared/substance-use/substance-use';
import { useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

// 09:00 in London on 10 April 2026.
const clock = { now: () => new Date('2026-04-10T08:00:00Z'), timeZone: () => 'Europe/London' };

const alcohol = (goal: SubstanceFields['goal']): SubstanceFields => ({
  name: 'Alcohol',
  kind: 'alcohol',
  unit: '',
  goal,
});

describe('substance use channels', () => {
  it('writes and clears days of use; a use day on a substance I am free of is a lapse the counts follow', async () => {
    const { value } = await unlockedCore({}, clock);
    const [cannabis] = await value('substanceUse.add', {
      name: 'Cannabis',
      kind: 'other',
      unit: 'joints',
      goal: { kind: 'free' },
    });
    await value('substanceUse.setDays', {
      substanceId: cannabis!.id,
      days: [
        { day: '2026-04-03', amount: 0 },
        { day: '2026-04-04', amount: 2 },
        { day: '2026-04-05', amount: 0.5 },
      ],
    });
    const view = await value('substanceUse.get', { from: '2026-04-01', to: '2026-04-30' });
    expect(view).toMatchObject({ today: '2026-04-10', standardDrink: { country: 'WHO', grams: 10 } });
    expect(view.use.map((use) => [use.day, use.amount])).toEqual([
      ['2026-04-03', 0],
      ['2026-04-04', 2],
      ['2026-04-05', 0.5],
    ]);
    expect((await value('milestones.get', { today: '2026-04-10' })).lapseDays).toEqual(['2026-04-04', '2026-04-05']);

    // Cleared back to "not written": no longer a lapse.
    await value('substanceUse.setDays', { substanceId: cannabis!.id, days: [{ day: '2026-04-05', amount: null }] });
    expect((await value('substanceUse.get', { from: '2026-04-05', to: '2026-04-05' })).use).toEqual([]);
    expect((await value('milestones.get', { today: '2026-04-10' })).lapseDays).toEqual(['2026-04-04']);
  });

  it('compares a cut-down day with my limit: within it is not a lapse, over it is; a new goal counts the days again', async () => {
    const { value } = await unlockedCore({}, clock);
    const [drink] = await value('substanceUse.add', alcohol({ kind: 'cut-down', dailyLimit: 2 }));
    await value('substanceUse.setDays', {
      substanceId: drink!.id,
      days: [
        { day: '2026-04-06', amount: 2 },
        { day: '2026-04-07', amount: 3.5 },
      ],
    });
    expect((await value('milestones.get', { today: '2026-04-10' })).lapseDays).toEqual(['2026-04-07']);
    const progress = await value('progress.get', {
      from: '2026-04-01',
      to: '2026-04-10',
      pixels: 400,
      metrics: ['mood'],
    });
    expect(progress.lapseDays).toEqual(['2026-04-07']);

    await value('substanceUse.edit', { id: drink!.id, fields: alcohol({ kind: 'free' }) });
    expect((await value('milestones.get', { today: '2026-04-10' })).lapseDays).toEqual(['2026-04-06', '2026-04-07']);
    await value('settings.update', { standardDrinkCountry: 'GB' });
    expect((await value('substanceUse.get', { from: '2026-04-01', to: '2026-04-10' })).standardDrink).toMatchObject({
      country: 'GB',
      grams: 8,
    });
  });

  it('refuses a day still to come, an unknown substance, a range too long and amounts the contract forbids', async () => {
    const { value, call, send } = await unlockedCore({}, clock);
    const [drink] = await value('substanceUse.add', alcohol({ kind: 'free' }));
    expect(
      await call('substanceUse.setDays', { substanceId: drink!.id, days: [{ day: '2026-04-11', amount: 1 }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('today or an earlier') },
    });
    expect(
      await call('substanceUse.setDays', { substanceId: 'gone', days: [{ day: '2026-04-01', amount: 1 }] }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('substanceUse.get', { from: '2025-01-01', to: '2026-04-10' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    for (const input of [
      { substanceId: drink!.id, days: [{ day: '2026-04-01', amount: -1 }] },
      { substanceId: drink!.id, days: [] },
      { substanceId: drink!.id, days: [{ day: '2026-02-30', amount: 1 }] },
    ]) {
      expect(await send('substanceUse.setDays', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await send('substanceUse.add', { ...alcohol({ kind: 'cut-down', dailyLimit: -2 }) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
