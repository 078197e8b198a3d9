import { describe, expect, it, vi } from 'vitest';
import type { EventChannel } from '../../../shared/ipc/channel-names';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { checkInFields } from '../../support/check-in-fields';
import { testPassphrase as passphrase, useAppCores } from '../support/unlocked-core';
import { cli, fast } from '../support/cli-run';

const appCore = useAppCores();

/** Saves whose writes fail with a full disk while `full` is true. */
function diskThatFills() {
  const disk = { full: false };
  const fileSystem: SaveFileSystem = {
    ...nodeSaveFileSystem,
    write: (handle, bytes) =>
      disk.full
        ? Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
        : nodeSaveFileSystem.write(handle, bytes),
  };
  return { disk, fileSystem };
}

/** An app core whose window events are recorded, with a way to wait for the next one. */
async function makeCore(idleLockMsOverride?: number, saveFileSystem?: SaveFileSystem) {
  const events: { event: EventChannel; payload: unknown }[] = [];
  const waiting: { event: EventChannel; resolve: (payload: unknown) => void }[] = [];
  const made = await appCore({
    idleLockMsOverride,
    saveFileSystem,
    host: {
      sendEvent: (event, payload) => {
        events.push({ event, payload });
        for (const waiter of waiting.filter((candidate) => candidate.event === event)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(payload);
        }
        // No window to answer `vault.locking`: a lock does not wait for one.
        return false;
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
      expect(await locked).toEqual({ reason: 'idle', unsaved: null });
      expect(await call('vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks on system suspend and says why', async () => {
    const { core, call, events } = await makeCore();
    await call('vault.create', { passphrase });
    expect(await core.lock('system-suspend')).toBe(true);
    expect(events).toContainEqual({ event: 'vault.locked', payload: { reason: 'system-suspend', unsaved: null } });
  });

  it('a lock from main (sleep) first takes the drafts the window had not sent yet', async () => {
    const window = { answer: async (_id: string) => {} };
    const made = await appCore({
      host: {
        sendEvent: (event, payload) => {
          if (event === 'vault.locking') void window.answer((payload as { id: string }).id);
          return true;
        },
      },
    });
    const { core, call, value } = made;
    // The window: sends the draft typed a moment ago, then says it is ready.
    window.answer = async (id) => {
      await value('drafts.keep', { form: 'quick-check-in', draft: { mood: 3, note: 'typed just now' } });
      await value('session.readyToLock', { id });
    };
    await call('vault.create', { passphrase });
    expect(await core.lock('system-suspend')).toBe(true);
    await value('vault.unlock', { passphrase });
    expect(await value('drafts.list', {})).toEqual({ 'quick-check-in': { mood: 3, note: 'typed just now' } });
  });

  it('a window that does not answer delays a lock only by the short wait', async () => {
    const made = await appCore({ draftsWaitMs: 20, host: { sendEvent: () => true } });
    await made.call('vault.create', { passphrase });
    expect(await made.core.lock('screen-locked')).toBe(true);
    expect(await made.value('vault.status', {})).toMatchObject({ state: 'locked' });
  });

  it('tells the window when a save lands', async () => {
    const { call, events } = await makeCore();
    await call('vault.create', { passphrase });
    await call('settings.update', { autoLockMinutes: 5 });
    await call('vault.lock', {});
    expect(events.some((event) => event.event === 'vault.saved')).toBe(true);
  });

  describe('a lock whose save fails still locks (never fails open)', () => {
    const range = { from: '2026-03-10', to: '2026-03-10' };

    it.each(['idle', 'system-suspend', 'screen-locked', 'user'] as const)(
      '%s: every data channel answers LOCKED, and the unsaved check-in comes back and is saved at unlock',
      async (reason) => {
        const { disk, fileSystem } = diskThatFills();
        const { core, call, value, events } = await makeCore(undefined, fileSystem);
        await call('vault.create', { passphrase });
        disk.full = true;
        // A check-in is saved before the form closes: that save fails, and the check-in is kept in memory.
        expect(await call('checkIns.add', checkInFields({ note: 'Written while the disk was full.' }))).toMatchObject({
          ok: false,
          error: { code: 'SAVE_FAILED' },
        });
        if (reason === 'user')
          expect(await call('vault.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
        else expect(await core.lock(reason)).toBe(true);
        expect(events).toContainEqual({
          event: 'vault.locked',
          payload: { reason, unsaved: { message: expect.stringContaining('disk is full') } },
        });
        expect(await call('checkIns.list', range)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
        expect(await call('plan.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
        // Quitting now would lose them: the person is asked first.
        expect(await core.lock('quit')).toBe(false);
        // A wrong passphrase keeps them waiting; the right one brings them back and saves them.
        expect(await call('vault.unlock', { passphrase: 'not the passphrase' })).toMatchObject({ ok: false });
        disk.full = false;
        const unlocked = await value('vault.unlock', { passphrase });
        expect(unlocked.restored).toEqual({
          lockedAt: expect.any(String),
          reason: expect.stringContaining('disk is full'),
          saved: true,
        });
        expect((await value('checkIns.list', range)).map((checkIn) => checkIn.note)).toEqual([
          'Written while the disk was full.',
        ]);
        // Saved for real: after another lock and unlock the check-in is read from the file.
        await value('vault.lock', {});
        const again = await value('vault.unlock', { passphrase });
        expect(again.restored).toBeUndefined();
        expect(await value('checkIns.list', range)).toHaveLength(1);
      },
    );

    it('while the changes wait, the command-line tool cannot change the passphrase under them, and says why', async () => {
      const { disk, fileSystem } = diskThatFills();
      const { call, value } = await makeCore(undefined, fileSystem);
      await call('vault.create', { passphrase });
      const { vaultPath } = await value('vault.status', {});
      disk.full = true;
      await call('checkIns.add', checkInFields({ note: 'Written while the disk was full.' }));
      await value('vault.lock', {});
      const passwd = await cli(
        ['passwd', vaultPath, '--passphrase-stdin', ...fast],
        [passphrase, 'a passphrase from the terminal'],
      );
      expect(passwd).toMatchObject({
        code: 5,
        stderr: expect.stringContaining('keeping changes it could not save yet'),
      });
      disk.full = false;
      expect(await value('vault.unlock', { passphrase })).toMatchObject({ restored: { saved: true } });
      expect((await value('checkIns.list', range)).map((checkIn) => checkIn.note)).toEqual([
        'Written while the disk was full.',
      ]);
    });

    it('idle locks on time even when the save fails', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { disk, fileSystem } = diskThatFills();
        const { call, nextEvent } = await makeCore(1_000, fileSystem);
        await call('vault.create', { passphrase });
        disk.full = true;
        await call('checkIns.add', checkInFields({ note: 'Unsaved.' }));
        const locked = nextEvent('vault.locked');
        vi.advanceTimersByTime(1_000);
        expect(await locked).toMatchObject({ reason: 'idle', unsaved: { message: expect.any(String) } });
        expect(await call('vault.status', {})).toMatchObject({ value: { state: 'locked' } });
      } finally {
        vi.useRealTimers();
      }
    });

    it('quitting with a change that cannot be saved stays open, so the person can choose', async () => {
      const { disk, fileSystem } = diskThatFills();
      const { core, call } = await makeCore(undefined, fileSystem);
      await call('vault.create', { passphrase });
      disk.full = true;
      await call('checkIns.add', checkInFields({ note: 'Unsaved.' }));
      expect(await core.lock('quit')).toBe(false);
      expect(await call('vault.status', {})).toMatchObject({ value: { state: 'unlocked' } });
      disk.full = false;
    });
  });
});
