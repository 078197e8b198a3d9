import { describe, expect, it } from 'vitest';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

describe('check-in channels', () => {
  it('stores a check-in with its day, lists it by range and keeps it across lock and unlock', async () => {
    const { value } = await unlockedCore();
    const saved = await value('checkIns.add', checkIn());
    expect(saved).toMatchObject({ day: '2026-03-10', mood: 6, values: { energy: 5, 'sleep-hours': 7.5 } });
    // 01:30 in London belongs to the evening before (day boundary 04:00).
    const late = await value('checkIns.add', checkIn({ at: '2026-03-11T01:30:00.000Z', mood: 3 }));
    expect(late.day).toBe('2026-03-10');
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    const listed = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(listed.map((item) => [item.day, item.mood])).toEqual([
      ['2026-03-10', 3],
      ['2026-03-10', 6],
    ]);
    expect(listed[1]).toEqual(saved);
  });

  it('names the first and last check-in days, where the lists and charts start (nulls before the first)', async () => {
    const { value } = await unlockedCore();
    expect(await value('checkIns.span', {})).toEqual({ firstDay: null, lastDay: null });
    await value('checkIns.add', checkIn({ at: '2026-03-10T19:00:00.000Z' }));
    await value('checkIns.add', checkIn({ at: '2026-03-04T19:00:00.000Z' }));
    expect(await value('checkIns.span', {})).toEqual({ firstDay: '2026-03-04', lastDay: '2026-03-10' });
  });

  it('refuses nonsense in main with a specific message and stores nothing', async () => {
    const { send, value } = await unlockedCore();
    const refusal = async (fields: unknown) => {
      const result = await send('checkIns.add', fields);
      expect(result.ok).toBe(false);
      return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
    };
    expect(await refusal(checkIn({ mood: 11 }))).toBe('INVALID_INPUT: mood: Mood goes from 0 to 10.');
    expect(await refusal(checkIn({ mood: 5.5 }))).toMatch(/whole number/);
    expect(await refusal(checkIn({ at: '9999-01-01T10:00:00.000Z' }))).toMatch(/between the years 1900 and 2199/);
    expect(await refusal(checkIn({ at: '2026-02-30T10:00:00.000Z' }))).toMatch(/real moment/);
    expect(await refusal(checkIn({ at: '2199-01-01T10:00:00.000Z' }))).toBe(
      'INVALID_INPUT: A check-in cannot be dated in the future.',
    );
    expect(await refusal(checkIn({ timeZone: 'Mars/Olympus_Mons' }))).toMatch(/not a time zone this computer knows/);
    expect(await refusal(checkIn({ values: { energy: 12 } }))).toBe(
      'INVALID_INPUT: Energy takes whole numbers from 0 to 10; 12 is outside that.',
    );
    expect(await refusal(checkIn({ values: { 'sleep-hours': 7.3 } }))).toMatch(
      /Sleep takes from 0 to 24 hours, in steps of 0.25/,
    );
    expect(await refusal(checkIn({ values: { walking: 1 } }))).toBe(
      'INVALID_INPUT: "walking" is not one of your check-in measures.',
    );
    expect(await refusal(checkIn({ copingIds: ['not-in-plan'] }))).toBe(
      'INVALID_INPUT: Pick coping strategies from your plan.',
    );
    expect(await refusal({ ...checkIn(), extra: true })).toMatch(/INVALID_INPUT/);
    expect(await refusal(checkIn({ note: 'x'.repeat(20_000) }))).toMatch(/under 10,000 characters/);
    expect(await value('checkIns.list', { from: '1900-01-01', to: '2199-12-31' })).toEqual([]);
  });

  it('links plan entries, edits, deletes and undoes the delete', async () => {
    const { call, value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    const strategy = plan.plan.copingStrategies[0]!.id;
    const trigger = plan.plan.triggers[0]!.id;
    const sign = plan.plan.warningSigns.early.signs[0]!.id;
    const saved = await value(
      'checkIns.add',
      checkIn({ copingIds: [strategy], triggerIds: [trigger], warningSignIds: [sign], lapse: true }),
    );
    const edited = await value('checkIns.update', {
      id: saved.id,
      fields: checkIn({ mood: 8, copingIds: [strategy], at: '2026-03-09T18:00:00.000Z' }),
    });
    expect(edited).toMatchObject({ id: saved.id, day: '2026-03-09', mood: 8, triggerIds: [], lapse: false });
    // Deleting the strategy from the plan keeps the history; an edit may keep the old link.
    await value('plan.deleteEntry', { id: strategy });
    expect(await call('checkIns.update', { id: saved.id, fields: checkIn({ copingIds: [strategy] }) })).toMatchObject({
      ok: true,
    });
    expect(await value('checkIns.delete', { id: saved.id })).toEqual({ day: '2026-03-10' });
    expect(await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
    const restored = await value('checkIns.undoDelete', {});
    expect(restored).toMatchObject({ id: saved.id, copingIds: [strategy] });
    expect(await call('checkIns.undoDelete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('checkIns.update', { id: 'gone', fields: checkIn() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That check-in no longer exists.' },
    });
  });

  it('a check-in whose date the person picked counts for that date, at any time and under any day boundary', async () => {
    const { value } = await unlockedCore();
    // Filling in the 19th at 01:08: without the rule, the 04:00 boundary would file it under the 18th.
    const backfill = await value('checkIns.add', checkIn({ at: '2026-11-19T01:08:00.000Z', dayChosen: true }));
    expect(backfill).toMatchObject({ day: '2026-11-19', dayChosen: true });
    await value('settings.update', { dayBoundaryMinutes: 360 });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await value('checkIns.list', { from: '2026-11-01', to: '2026-11-30' })).toEqual([backfill]);
    // An edit that no longer picks the date goes back to the clock's rule.
    const now = await value('checkIns.update', { id: backfill.id, fields: { ...checkIn(), at: backfill.at } });
    expect(now).toMatchObject({ day: '2026-11-18', dayChosen: false });
  });
});
