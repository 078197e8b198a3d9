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
