import { defaultReminderPreferences } from '../../../shared/reminders/reminder-preferences';
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../shared/ipc/channel-names';
import { ipcContract } from '../../../shared/ipc/contract';
import { errorCodes } from '../../../shared/ipc/error-codes';
import { defaultSettings } from '../../../shared/settings/settings';
import type { KeyChangeOutcome } from '../../../shared/vault/vault-status';
import { createIpcRouter, maxIpcInputBytes, type IpcHandlers } from '../../../electron/ipc/ipc-router';
import { CodedError } from '../../../electron/ipc/request-error';
import { createOpenVaultHandlers } from '../../../electron/app/open-vault-handlers';
import { systemClock } from '../../../electron/ports/clock';
import type { OpenVault } from '../../../electron/vault/open-vault';
import { VaultError } from '../../../electron/vault/vault-error';
import { windowlessHost } from '../support/unlocked-core';

const appSender = { url: 'app://waypoint/index.html', isTopFrame: true };

const locked = (): never => {
  throw new VaultError('LOCKED', 'Locked.');
};
/** A vault that answers LOCKED to everything, so only the router's own checks can pass. */
const lockedVault: OpenVault = {
  get db(): never {
    return locked();
  },
  change: locked,
  flush: locked,
};

const keyChangeOutcome: KeyChangeOutcome = {
  passphrase: 'new',
  recoveryKey: 'none',
  shownRecoveryKey: 'none',
  backupsNotResealed: [],
};

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const status = { state: 'locked' as const, vaultPath: '/v', backupFolder: '/b', lockScreenSafetyPlanPath: '/s' };
  return {
    'vault.status': () => status,
    'vault.create': () => status,
    'vault.unlock': () => status,
    'vault.lock': () => status,
    'vault.changePassphrase': () => keyChangeOutcome,
    'vault.backupFailure': () => null,
    'vault.unlockWithRecoveryKey': () => status,
    'vault.restoreNewestBackup': () => status,
    'vault.chooseFile': () => null,
    'vault.openChosenFile': () => status,
    'vault.recoveryKey': () => ({ exists: false }),
    'vault.makeRecoveryKey': () => ({ recoveryKey: '' }),
    'vault.confirmRecoveryKey': () => keyChangeOutcome,
    'vault.cancelRecoveryKey': () => null,
    'vault.saveRecoveryKeyPage': () => ({ saved: false }),
    'vault.recoveryKeyPage': () => ({ recoveryKey: '', madeOn: '' }),
    'vault.removeRecoveryKey': () => keyChangeOutcome,
    'vault.backups': () => [],
    'vault.restoreBackup': () => ({ safetyCopy: '' }),
    'vault.removeBackup': () => null,
    'vault.resolveConflict': () => ({ keptCopy: '', locked: false }),
    'vault.backupElsewhere': () => ({ folder: null, lastCopiedAt: null, problem: null }),
    'vault.chooseBackupElsewhere': () => ({ folder: null, lastCopiedAt: null, problem: null }),
    'vault.stopBackupElsewhere': () => ({ folder: null, lastCopiedAt: null, problem: null }),
    'session.activity': () => null,
    'session.readyToLock': () => null,
    'reminders.get': () => defaultReminderPreferences,
    'reminders.update': () => defaultReminderPreferences,
    'lockScreen.safetyPlan': () => null,
    'lockScreen.safetyPlanChoice': () => ({ shown: false }),
    'lockScreen.chooseSafetyPlan': () => ({ shown: false }),
    'lockedCheckIns.status': () => ({ available: false, waiting: 0, max: 30 }),
    'lockedCheckIns.add': () => ({ available: true, waiting: 1, max: 30 }),
    'lockedCheckIns.choice': () => ({ on: false }),
    'lockedCheckIns.choose': ({ on }) => ({ on }),
    'lockedCheckIns.review': () => ({ pending: [], notices: [] }),
    'lockedCheckIns.decide': () => ({ pending: [], notices: [] }),
    'lockedCheckIns.dismissNotices': () => ({ pending: [], notices: [] }),
    ...createOpenVaultHandlers(lockedVault, {
      newId: () => 'id',
      clock: systemClock,
      host: windowlessHost('/nowhere'),
      onSettingsChanged: () => {},
    }),
    'settings.get': () => defaultSettings,
    'settings.update': () => defaultSettings,
    ...overrides,
  };
}

const router = (overrides?: Partial<IpcHandlers>) =>
  createIpcRouter(handlers(overrides), { isTrustedOrigin: (origin) => origin === 'app://waypoint' });

describe('IPC router', () => {
  it('has one schema per channel name and nothing else', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...invokeChannels].sort());
  });

  it('answers a valid call with the handler value in an ok envelope', async () => {
    expect(await router().dispatch('settings.get', {}, appSender)).toEqual({
      ok: true,
      value: {
        autoLockMinutes: 10,
        dayBoundaryMinutes: 240,
        paperSize: 'a4',
        warningCardDismissedOn: null,
        crisisFollowUpDismissedOn: null,
        thresholdSex: null,
        questionnaireSuggestionsDismissed: false,
        standardDrinkCountry: 'WHO',
        progressRange: null,
        progressMeasure: null,
      },
    });
  });

  it.each([
    ['an unknown channel', 'vault.delete'],
    ['a non-string channel', 42],
    ['a prototype key', '__proto__'],
  ])('refuses %s', async (_what, channel) => {
    expect(await router().dispatch(channel, {}, appSender)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it.each([
    ['a sub-frame', { url: 'app://waypoint/index.html', isTopFrame: false }],
    ['another origin', { url: 'https://example.org/', isTopFrame: true }],
    ['a file:// page', { url: 'file:///tmp/evil.html', isTopFrame: true }],
    ['a lookalike host', { url: 'app://waypoint.evil/index.html', isTopFrame: true }],
    ['no URL at all', { url: '', isTopFrame: true }],
  ])('refuses a call from %s', async (_what, sender) => {
    expect(await router().dispatch('vault.status', {}, sender)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it.each([
    ['a missing field', 'vault.unlock', {}],
    ['a wrong type', 'vault.unlock', { passphrase: 42 }],
    ['an extra field', 'vault.status', { sneaky: true }],
    ['null', 'vault.status', null],
    ['a setting outside its choices', 'settings.update', { autoLockMinutes: 7 }],
    ['a too-short new passphrase', 'vault.create', { passphrase: 'short' }],
  ])('refuses malformed input (%s) with a specific message', async (_what, channel, input) => {
    const result = await router().dispatch(channel, input, appSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(result.ok === false && result.error.message.length).toBeGreaterThan(5);
  });

  it('refuses oversized input before parsing it', async () => {
    const huge = 'x'.repeat(maxIpcInputBytes + 1);
    expect(await router().dispatch('vault.unlock', { passphrase: huge }, appSender)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'That is too much text to save at once.' },
    });
  });

  it('passes vault errors through with their code and message', async () => {
    const locked = router({
      'settings.get': () => {
        throw new VaultError('LOCKED', 'Waypoint is locked. Unlock it to continue.');
      },
    });
    expect(await locked.dispatch('settings.get', {}, appSender)).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'Waypoint is locked. Unlock it to continue.' },
    });
  });

  it("passes any coded error through: a service's own error class needs nothing from the router", async () => {
    class ReminderRefusal extends CodedError<'CONFLICT'> {
      constructor(message: string) {
        super('CONFLICT', message);
      }
    }
    const refusing = router({
      'reminders.get': () => {
        throw new ReminderRefusal('Another reminder is being set.');
      },
    });
    expect(await refusing.dispatch('reminders.get', {}, appSender)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Another reminder is being set.' },
    });
  });

  it('never returns a stack trace, SQL or path from an unexpected error', async () => {
    const logged: unknown[] = [];
    const failing = createIpcRouter(
      handlers({
        'settings.get': () => {
          throw new Error('SQLITE_ERROR near "DROP": /home/someone/.config/Waypoint/waypoint.vault');
        },
      }),
      { isTrustedOrigin: () => true, logUnexpected: (_channel, error) => logged.push(error) },
    );
    const result = await failing.dispatch('settings.get', {}, appSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SQLITE|DROP|\/home|\.vault|at .*\(/);
    expect(logged).toHaveLength(1);
  });

  it('only ever answers with a code from the closed list', async () => {
    const calls: [unknown, unknown][] = [
      ['nope', {}],
      ['vault.unlock', { passphrase: 1 }],
      ['settings.get', {}],
    ];
    for (const [channel, input] of calls) {
      const result = await router().dispatch(channel, input, appSender);
      if (!result.ok) expect(errorCodes).toContain(result.error.code);
    }
  });
});
