import { describe, expect, it } from 'vitest';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

describe('settings channels', () => {
  it('a new day boundary moves late-night check-ins to the day they now belong to', async () => {
    const { value } = await unlockedCore();
    await value('checkIns.add', checkIn({ at: '2026-03-11T01:30:00.000Z' }));
    await value('settings.update', { dayBoundaryMinutes: 0 });
    const [moved] = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(moved!.day).toBe('2026-03-11');
    await value('settings.update', { dayBoundaryMinutes: 240 });
    const [back] = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(back!.day).toBe('2026-03-10');
  });
});

describe('the paper size setting', () => {
  it('defaults to A4, remembers Letter across lock and unlock, and refuses other sizes', async () => {
    const { send, value } = await unlockedCore();
    expect(await value('settings.get', {})).toMatchObject({ paperSize: 'a4' });
    await value('settings.update', { paperSize: 'letter' });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await value('settings.get', {})).toMatchObject({ paperSize: 'letter' });
    expect(await send('settings.update', { paperSize: 'a3' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('what Progress shows, remembered per vault', () => {
  it('keeps the range and measure chosen across lock and unlock, and refuses a range or measure that is not one', async () => {
    const { send, value } = await unlockedCore();
    expect(await value('settings.get', {})).toMatchObject({ progressRange: null, progressMeasure: null });
    await value('settings.update', { progressRange: '6M', progressMeasure: 'sleep-hours' });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await value('settings.get', {})).toMatchObject({ progressRange: '6M', progressMeasure: 'sleep-hours' });
    await value('settings.update', { progressRange: { from: '2026-01-01', to: '2026-02-01' } });
    expect(await value('settings.get', {})).toMatchObject({ progressRange: { from: '2026-01-01', to: '2026-02-01' } });
    for (const refused of [
      { progressRange: '2Y' },
      { progressRange: { from: '2026-02-01', to: '2026-01-01' } },
      { progressMeasure: 'not-a-measure' },
    ]) {
      expect(await send('settings.update', refused)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await value('settings.get', {})).toMatchObject({ progressMeasure: 'sleep-hours' });
  });
});
