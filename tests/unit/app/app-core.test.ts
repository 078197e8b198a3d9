import { describe, expect, it, vi } from 'vitest';
import type { EventChannel } from '../../../shared/ipc/channel-names';
import { testPassphrase as passphrase, useAppCores } from '../support/unlocked-core';

const appCore = useAppCores();

/** An app core whose window events are recorded, with a way to wait for the next one. */
async function makeCore(idleLockMsOverride?: number) {
  const events: { event: EventChannel; payload: unknown }[] = [];
  const waiting: { event: EventChannel; resolve: (payload: unknown) => void }[] = [];
  const made = await appCore({
    idleLockMsOverride,
    host: {
      sendEvent: (event, payload) => {
        events.push({ event, payload });
        for (const waiter of waiting.filter((candidate) => candidate.event === event)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(payload);
        }
      },
    },
  });
  /** Resolves with the payload of the next `event` sent to the window. */
  const nextEvent = (event: EventChannel) => new Promise<unknown>((resolve) => waiting.push({ event, resolve }));
  return { ...made, events, nextEvent };
}

describe('app core', () => {
  it('walks a vault through no-vault, unlocked, locked and unlocked again', async () => {
    const { call, events } = await makeCore();
    expect(await call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'no-vault' } });
    expect(await call('vault.create', { passphrase })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await call('vault.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(events.map((event) => event.event)).toContain('vault.locked');
    expect(await call('vault.unlock', { passphrase: 'nope nope nope' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await call('vault.unlock', { passphrase })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });

  it('answers LOCKED for anything that needs the vault while it is locked', async () => {
    const { call } = await makeCore();
    await call('vault.create', { passphrase });
    await call('vault.lock', {});
    expect(await call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('settings.update', { autoLockMinutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(
      await call('vault.changePassphrase', { current: passphrase, next: 'another long passphrase' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('will not create a second vault over the first', async () => {
    const { call } = await makeCore();
    await call('vault.create', { passphrase });
    await call('vault.lock', {});
    expect(await call('vault.create', { passphrase })).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
  });

  it('locks by itself after the idle time, and activity postpones it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { call, nextEvent } = await makeCore(300);
      await call('vault.create', { passphrase });
      // Four times just short of the limit, each followed by activity: never idle long enough.
      for (let i = 0; i < 4; i++) {
        vi.advanceTimersByTime(299);
        await call('session.activity', {});
      }
      expect(await call('vault.status', {})).toMatchObject({ value: { state: 'unlocked' } });
      const locked = nextEvent('vault.locked');
      vi.advanceTimersByTime(300);
      expect(await locked).toEqual({ reason: 'idle' });
      expect(await call('vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks on system suspend and says why', async () => {
    const { core, call, events } = await makeCore();
    await call('vault.create', { passphrase });
    expect(await core.lock('system-suspend')).toBe(true);
    expect(events).toContainEqual({ event: 'vault.locked', payload: { reason: 'system-suspend' } });
  });

  it('tells the window when a save lands', async () => {
    const { call, events } = await makeCore();
    await call('vault.create', { passphrase });
    await call('settings.update', { autoLockMinutes: 5 });
    await call('vault.lock', {});
    expect(events.some((event) => event.event === 'vault.saved')).toBe(true);
  });
});
