import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { invokeChannels } from '../../shared/ipc/channel-names';
import {
  reminderTargets,
  reminderTexts,
  type ReminderKind,
  type ReminderPreferences,
} from '../../shared/reminders/reminder-preferences';
import { defaultDayBoundaryMinutes } from '../../shared/check-ins/check-in-day';
import { planDueDays, type PlanDueDays } from '../../shared/today/today-items';
import { LockScreenSafetyPlan } from '../plan/lock-screen-safety-plan';
import { readPlan } from '../plan/plan-repository';
import { selectRows } from '../database/sqlite';
import {
  readReminderPreferences,
  storedReminderPreference,
  writeReminderPreferences,
} from '../reminders/reminder-preferences-file';
import { intervalTicker, ReminderScheduler, type DayFacts, type Ticker } from '../reminders/reminder-scheduler';
import type { LockReason, VaultStatus } from '../../shared/vault/vault-status';
import { systemClock, type Clock } from '../check-ins/check-in-today';
import { createIpcRouter, type IpcHandlers, type IpcRouter } from '../ipc/ipc-router';
import { forgetLegacyLockScreenChoice, legacyLockScreenChoice, readSettings } from '../settings/settings-repository';
import type { SaveFileSystem } from '../vault/atomic-write';
import type { KdfParams } from '../vault/kdf-params';
import { BackupElsewhere, readBackupElsewhereFolder } from '../vault/backup-elsewhere';
import { backupFolderFor } from '../vault/vault-backups';
import { VaultError } from '../vault/vault-error';
import { VaultSession, type SealedUnsavedChanges, type VaultSessionOptions } from '../vault/vault-session';
import type { Host } from './host';
import { IdleLockTimer } from './idle-lock-timer';
import { createKeyAndBackupHandlers } from './key-and-backup-handlers';
import {
  createOpenVaultHandlers,
  type OpenVaultChannel,
  type OpenVaultHandlers,
  type VaultLifecycleChannel,
} from './open-vault-handlers';

export const vaultFileName = 'waypoint.vault';

const backgroundModeOf = ({ keepRunningInTray, openAtLogin }: ReminderPreferences) => ({
  keepRunningInTray,
  openAtLogin,
});

export interface AppCoreOptions {
  host: Host;
  isTrustedOrigin(origin: string): boolean;
  /** Defaults to `<userData>/waypoint.vault`. */
  vaultPath?: string;
  /** KDF settings for new passphrases; the default is `defaultKdfParams`. */
  kdfParams?: KdfParams;
  /** Replaces the idle time from Settings (end-to-end tests use a few seconds). */
  idleLockMsOverride?: number;
  /** The system clock and time zone unless a test fixes them. */
  clock?: Clock;
  /** The file-system calls a save makes; the real ones unless a test makes them fail (a full disk). */
  saveFileSystem?: SaveFileSystem;
  /** Drives the reminder scheduler's looks at the clock; a 30 s interval unless a test drives them. */
  reminderTicker?: Ticker;
  /** How long a lock waits for the window to send its forms' pending drafts (`vault.locking`); 1 s. */
  draftsWaitMs?: number;
  log?(message: string, error?: unknown): void;
}

export interface AppCore {
  router: IpcRouter;
  /** Locks now (menu, OS suspend, screen lock, quit). Resolves false if unsaved changes could not be saved. */
  lock(reason: LockReason): Promise<boolean>;
  /**
   * The window was closed. Waypoint locks, on every platform and whether or not it keeps running in
   * the tray: a window opened again (the Dock, the tray, a second start) shows the unlock screen.
   */
  windowClosed(): Promise<boolean>;
  /** Looks whether a reminder is due now (the computer woke; tests move the clock). Resolves with what was shown. */
  checkReminders(): Promise<ReminderKind[]>;
}

/**
 * Everything the app does below the window, with no Electron import: the vault lifecycle, the
 * IPC handlers and auto-lock. The Electron entry and the Chromium test host both build one.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { host } = options;
  const clock = options.clock ?? systemClock;
  const vaultPath = options.vaultPath ?? path.join(host.userDataDir, vaultFileName);
  // The unlocked vault and the handlers made for it: they come and go together.
  let open: { session: VaultSession; handlers: OpenVaultHandlers } | undefined;
  // Create, unlock, lock and passphrase changes run one at a time, in the order asked.
  let lifecycle: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lifecycle.catch(() => undefined).then(work);
    lifecycle = run;
    return run;
  };

  const idleTimer = new IdleLockTimer(() => void lock('idle'));
  // Changes a lock could not save, sealed like the vault file (no key or plaintext is kept): the
  // next unlock opens them instead of the file and saves them.
  let unsavedAtLock: SealedUnsavedChanges | undefined;

  // Reminders run whether the vault is open or not. While it is locked they know only what was
  // true when it locked (kept in memory, never written): the day boundary, which days had a
  // check-in, and when the plan has something due.
  let lockedFacts: { boundary: number; checkedInDays: Set<string>; due: PlanDueDays } = {
    boundary: defaultDayBoundaryMinutes,
    checkedInDays: new Set(),
    due: { review: null, actionSteps: [], supporters: [] },
  };
  const factsOfOpenVault = (session: VaultSession) => {
    const recent = selectRows(session.db, 'SELECT DISTINCT day FROM checkins ORDER BY day DESC LIMIT 3', [], {
      day: 'text',
    });
    return {
      boundary: readSettings(session.db).dayBoundaryMinutes,
      checkedInDays: new Set(recent.map((row) => row.day)),
      due: planDueDays(readPlan(session.db)),
    };
  };
  const currentFacts = () => (open ? factsOfOpenVault(open.session) : lockedFacts);
  const reminders = new ReminderScheduler({
    clock,
    ticker: options.reminderTicker ?? intervalTicker,
    boundaryMinutes: () => currentFacts().boundary,
    factsAbout: (day): DayFacts => {
      const { checkedInDays, due } = currentFacts();
      return {
        checkedIn: checkedInDays.has(day),
        review: due.review === day,
        actionSteps: due.actionSteps.includes(day),
        supporters: due.supporters.includes(day),
      };
    },
    deliver: (kind) =>
      host.showNotification({ title: 'Waypoint', body: reminderTexts[kind] }, () =>
        host.sendEvent('reminders.opened', { target: reminderTargets[kind] }),
      ),
  });
  const preferences: Promise<ReminderPreferences> = readReminderPreferences(host.userDataDir).then((stored) => {
    reminders.start(stored);
    host.setBackgroundMode(backgroundModeOf(stored));
    return stored;
  });
  let latestPreferences = preferences;
  /** Changes the preferences beside the vault, one change at a time, and acts on them. */
  const updatePreferences = (
    change: (current: ReminderPreferences) => Promise<Partial<ReminderPreferences>> | Partial<ReminderPreferences>,
  ): Promise<ReminderPreferences> => {
    latestPreferences = latestPreferences.then(async (current) => {
      const updated = { ...current, ...(await change(current)) };
      await writeReminderPreferences(host.userDataDir, updated);
      reminders.start(updated);
      host.setBackgroundMode(backgroundModeOf(updated));
      return updated;
    });
    return latestPreferences;
  };

  // Opt-in: the safety plan's text beside the vault, for the lock screen; kept in step at every
  // save, and deleted at once when the choice (in preferences.json) is turned off.
  const lockScreenPlan = new LockScreenSafetyPlan(vaultPath, options.log);
  /** Brings the lock screen's copy in line with the open vault and the choice, when both are known. */
  const syncLockScreenPlan = (session: VaultSession, { checkDisk = false } = {}): Promise<void> =>
    latestPreferences.then((current) => {
      if (open?.session === session) {
        lockScreenPlan.sync(session.db, current.safetyPlanOnLockScreen, { checkDisk });
      }
    });
  // Opt-in: a copy of the vault file in a folder the person chose, refreshed at every lock and daily.
  const backupElsewhere = new BackupElsewhere(vaultPath, {
    now: () => clock.now(),
    fileSystem: options.saveFileSystem,
  });

  const sessionOptions: VaultSessionOptions = {
    program: 'app',
    kdfParams: options.kdfParams,
    fileSystem: options.saveFileSystem,
    keepBackups: true,
    onSaved: (savedAt) => {
      if (open) void syncLockScreenPlan(open.session);
      host.sendEvent('vault.saved', { savedAt: savedAt.toISOString() });
    },
    onSaveFailed: (error) =>
      host.sendEvent('vault.saveFailed', { message: error.message, conflict: error.code === 'CONFLICT' }),
  };

  async function status(): Promise<VaultStatus> {
    const exists = open
      ? true
      : await fs.stat(vaultPath).then(
          () => true,
          () => false,
        );
    return {
      state: open ? 'unlocked' : exists ? 'locked' : 'no-vault',
      vaultPath,
      backupFolder: backupFolderFor(vaultPath),
      lockScreenSafetyPlanPath: lockScreenPlan.filePath,
    };
  }

  function unlocked(): VaultSession {
    if (!open) throw new VaultError('LOCKED', 'Waypoint is locked. Unlock it to continue.');
    return open.session;
  }

  function startIdleTimer(session: VaultSession): void {
    idleTimer.start(options.idleLockMsOverride ?? readSettings(session.db).autoLockMinutes * 60_000);
  }

  function opened(session: VaultSession): void {
    const handlers = createOpenVaultHandlers(session, {
      newId: randomUUID,
      clock,
      host,
      onSettingsChanged: (_settings, changed) => {
        if (changed.autoLockMinutes !== undefined) startIdleTimer(session);
      },
    });
    open = { session, handlers };
    // A vault from before the choice moved beside it brings its choice along, once.
    const legacyChoice = legacyLockScreenChoice(session.db);
    if (legacyChoice !== undefined) {
      session.change(forgetLegacyLockScreenChoice);
      void updatePreferences(async () =>
        (await storedReminderPreference(host.userDataDir, 'safetyPlanOnLockScreen'))
          ? {}
          : { safetyPlanOnLockScreen: legacyChoice },
      );
    }
    // The copy on disk is checked, not trusted: another program may have changed or planted it.
    void syncLockScreenPlan(session, { checkDisk: true });
    backupElsewhere.use(readBackupElsewhereFolder(session.db));
    void backupElsewhere.copyIfDue();
    startIdleTimer(session);
  }

  /**
   * Locks. Any lock but quitting always locks: if the save fails, the unsaved changes are kept
   * sealed for the next unlock. Quitting with an unsaveable change resolves false instead, so the
   * person can choose to stay open; so does quitting while sealed changes wait for an unlock.
   */
  function lock(reason: LockReason, { collectDrafts = true } = {}): Promise<boolean> {
    return serially(() => lockNow(reason, { collectDrafts }));
  }

  // Locks waiting for the window's answer to `vault.locking`, by the id they sent.
  const waitingForDrafts = new Map<string, () => void>();

  /**
   * Asks the window to send what its forms have not sent yet (text typed within a draft's short
   * delay) and waits for its answer, or `draftsWaitMs` at most: a lock never waits long, and never
   * waits forever for a window that is gone.
   */
  function collectPendingDrafts(): Promise<void> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        waitingForDrafts.delete(id);
        resolve();
      };
      waitingForDrafts.set(id, done);
      const timer = setTimeout(done, options.draftsWaitMs ?? 1000);
      // No window (closed to the tray, or none yet): nothing to wait for.
      if (host.sendEvent('vault.locking', { id }) !== true) done();
    });
  }

  /** `lock`'s work, for lifecycle work already running serially. */
  async function lockNow(reason: LockReason, { collectDrafts = true } = {}): Promise<boolean> {
    if (!open) return reason !== 'quit' || unsavedAtLock === undefined;
    if (collectDrafts) await collectPendingDrafts();
    if (!open) return reason !== 'quit' || unsavedAtLock === undefined;
    const { session } = open;
    const factsAtLock = factsOfOpenVault(session);
    if (reason === 'quit') {
      try {
        await session.close();
      } catch (error) {
        options.log?.('Could not save before quitting; staying open so nothing is lost.', error);
        return false;
      }
    } else {
      try {
        unsavedAtLock = (await session.closeSealingUnsaved()) ?? unsavedAtLock;
      } catch (error) {
        options.log?.('Locking could not keep the unsaved changes; it locked all the same.', error);
      }
    }
    lockedFacts = factsAtLock;
    open = undefined;
    keysAndBackups.onLocked();
    idleTimer.stop();
    await lockScreenPlan.settled();
    host.sendEvent('vault.locked', {
      reason,
      unsaved: unsavedAtLock ? { message: unsavedAtLock.reason.message } : null,
    });
    // The file as the lock left it, to the folder chosen for a second backup; then the folder is forgotten.
    await backupElsewhere.copy();
    backupElsewhere.use(undefined);
    return reason !== 'quit' || unsavedAtLock === undefined;
  }

  const keysAndBackups = createKeyAndBackupHandlers({
    vaultPath,
    host,
    clock,
    backupElsewhere,
    newId: randomUUID,
    serially,
    unlocked,
    openSession: (openWith) =>
      serially(async () => {
        if (open) throw new VaultError('VAULT_EXISTS', 'The vault is already open.');
        const unsaved = unsavedAtLock;
        const { session, usedUnsaved } = await openWith(sessionOptions, unsaved);
        if (usedUnsaved) unsavedAtLock = undefined;
        opened(session);
        return status();
      }),
    onContentsReplaced: contentsReplaced,
  });

  /** After a restore or a conflict settled with the other version: what main keeps about the vault is read again. */
  function contentsReplaced(session: VaultSession): void {
    void syncLockScreenPlan(session);
    backupElsewhere.use(readBackupElsewhereFolder(session.db));
    startIdleTimer(session);
  }

  const lifecycleHandlers: Pick<IpcHandlers, VaultLifecycleChannel> = {
    'vault.status': status,
    'vault.create': ({ passphrase }) =>
      serially(async () => {
        if (open) throw new VaultError('VAULT_EXISTS', 'A vault is already open.');
        await fs.mkdir(path.dirname(vaultPath), { recursive: true, mode: 0o700 });
        opened(await VaultSession.create(vaultPath, passphrase, sessionOptions));
        return status();
      }),
    'vault.unlock': ({ passphrase, openAnyway }) =>
      serially(async () => {
        if (open) return status();
        const unsaved = unsavedAtLock;
        const options = openAnyway ? { ...sessionOptions, forceUnlock: true } : sessionOptions;
        const session = await VaultSession.open(vaultPath, passphrase, options, unsaved);
        unsavedAtLock = undefined;
        opened(session);
        const underEarlierKeys = session.backupsLeftUnderEarlierKeys.map((file) => path.basename(file));
        const leftUnderEarlierKeys = underEarlierKeys.length > 0 ? { backupsUnderEarlierKeys: underEarlierKeys } : {};
        if (!unsaved) return { ...(await status()), ...leftUnderEarlierKeys };
        // The changes kept at the lock are back; save them now (a failure shows as any save failure does).
        const saved = await session.flush().then(
          () => true,
          () => false,
        );
        return {
          ...(await status()),
          ...leftUnderEarlierKeys,
          restored: { lockedAt: unsaved.lockedAt.toISOString(), reason: unsaved.reason.message, saved },
        };
      }),
    'vault.lock': async () => {
      // The window asked, after sending its own pending drafts.
      if (!(await lock('user', { collectDrafts: false }))) {
        throw new VaultError(
          'SAVE_FAILED',
          'Waypoint could not save your latest changes, so it stayed unlocked to keep them.',
        );
      }
      return status();
    },
    'vault.changePassphrase': ({ current, next }) =>
      serially(async () => {
        const outcome = await unlocked().changePassphrase(current, next);
        // The copy elsewhere must not stay under the old keys longer than it has to.
        void backupElsewhere.copy();
        return outcome;
      }),
    'vault.resolveConflict': ({ keep }) =>
      serially(async () => {
        const session = unlocked();
        const { keptCopy, needsUnlock } = await session.resolveConflict(keep);
        if (needsUnlock) await lockNow('other-version', { collectDrafts: false });
        else if (keep === 'other') contentsReplaced(session);
        return { keptCopy: path.basename(keptCopy), locked: needsUnlock };
      }),
    ...keysAndBackups.handlers,
    'session.activity': () => null,
    'session.readyToLock': ({ id }) => {
      waitingForDrafts.get(id)?.();
      return null;
    },
    'vault.backupFailure': () => open?.session.backupFailure ?? null,
    'lockScreen.safetyPlan': async () => {
      const { safetyPlanOnLockScreen } = await latestPreferences;
      await lockScreenPlan.settled();
      // A copy left there while the choice is off (planted, or from a failed delete) is never shown.
      return safetyPlanOnLockScreen ? lockScreenPlan.read() : null;
    },
    'lockScreen.safetyPlanChoice': async () => ({ shown: (await latestPreferences).safetyPlanOnLockScreen }),
    'lockScreen.chooseSafetyPlan': async ({ shown }) => {
      const session = unlocked();
      await updatePreferences(() => ({ safetyPlanOnLockScreen: shown }));
      // On disk before the answer: the copy is written, or gone, whatever the vault's saves do.
      if (shown) await syncLockScreenPlan(session);
      else await lockScreenPlan.remove();
      await lockScreenPlan.settled();
      return { shown };
    },
    'reminders.get': () => latestPreferences,
    'reminders.update': (changes) => updatePreferences(() => changes),
  };

  // Every other channel goes to the handlers of the vault that is open now, or answers LOCKED.
  const openVaultChannels = invokeChannels.filter(
    (channel): channel is OpenVaultChannel => !(channel in lifecycleHandlers),
  );
  const toOpenVault = Object.fromEntries(
    openVaultChannels.map((channel) => [
      channel,
      (input: unknown) => {
        unlocked();
        return (open!.handlers[channel] as (input: unknown) => unknown)(input);
      },
    ]),
  ) as OpenVaultHandlers;
  const handlers: IpcHandlers = { ...lifecycleHandlers, ...toOpenVault };

  const router = createIpcRouter(handlers, {
    isTrustedOrigin: options.isTrustedOrigin,
    onCall: () => idleTimer.touch(),
    logUnexpected: (channel, error) => options.log?.(`Unexpected error in ${channel}`, error),
  });

  return {
    router,
    lock,
    // The window is gone: nothing to ask (it sent its pending drafts as it closed, on `pagehide`).
    windowClosed: () => lock('user', { collectDrafts: false }),
    checkReminders: async () => {
      await preferences;
      return reminders.check();
    },
  };
}
