import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { invokeChannels } from '../../shared/ipc/channel-names';
import type { ReminderKind } from '../../shared/reminders/reminder-preferences';
import type { LockReason } from '../../shared/vault/vault-status';
import { createIpcRouter, type IpcHandlers, type IpcRouter } from '../ipc/ipc-router';
import { createLockScreen } from '../lock-screen/lock-screen-handlers';
import { createLockedCheckIns } from '../locked-check-ins/locked-check-ins';
import { lockScreenSafetyPlanPath } from '../lock-screen/lock-screen-safety-plan';
import { systemClock, type Clock } from '../ports/clock';
import type { Host } from '../ports/host';
import { intervalTicker, type Ticker } from '../ports/ticker';
import { createReminders } from '../reminders/reminder-handlers';
import { createSessionHandlers } from '../session/session-handlers';
import type { SaveFileSystem } from '../vault/atomic-write';
import type { KdfParams } from '../vault/kdf-params';
import { createVaultHandlers } from '../vault/vault-handlers';
import { VaultLifecycle } from '../vault/vault-lifecycle';
import type { VaultSession } from '../vault/vault-session';
import {
  createOpenVaultHandlers,
  type OpenVaultChannel,
  type OpenVaultHandlers,
  type VaultLifecycleChannel,
} from './open-vault-handlers';

export const vaultFileName = 'waypoint.vault';

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
 * Everything the app does below the window, with no Electron import: the domains wired together
 * and to the IPC router. The Electron entry and the Chromium test host both build one.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { host, log } = options;
  const clock = options.clock ?? systemClock;
  const newId = randomUUID;
  const vaultPath = options.vaultPath ?? path.join(host.userDataDir, vaultFileName);

  const session = createSessionHandlers({ host, newId, draftsWaitMs: options.draftsWaitMs ?? 1000 });
  const vault = new VaultLifecycle({
    vaultPath,
    lockScreenSafetyPlanPath: lockScreenSafetyPlanPath(vaultPath),
    host,
    clock,
    kdfParams: options.kdfParams,
    saveFileSystem: options.saveFileSystem,
    idleLockMsOverride: options.idleLockMsOverride,
    collectPendingDrafts: session.collectPendingDrafts,
    log,
  });
  const reminders = createReminders({
    host,
    clock,
    ticker: options.reminderTicker ?? intervalTicker,
    // Locked, or closing for a lock: reminders that need the vault's facts wait for the unlock.
    openDatabase: () => (vault.session?.isOpen ? vault.session.db : undefined),
  });
  const lockScreen = createLockScreen({ vault, preferences: reminders.preferences, log });
  const lockedCheckIns = createLockedCheckIns({ vault, preferences: reminders.preferences, clock, newId, log });

  // Every other domain's handlers, made for each unlocked vault and dropped with it.
  const openHandlers = new WeakMap<VaultSession, OpenVaultHandlers>();
  vault.watch({
    opened: (opened) => {
      const handlers = createOpenVaultHandlers(opened, {
        newId,
        clock,
        host,
        onSettingsChanged: (_settings, changed) => {
          if (changed.autoLockMinutes !== undefined) vault.restartIdleTimer(opened);
        },
      });
      openHandlers.set(opened, handlers);
    },
  });
  vault.watch(lockScreen.watcher);
  vault.watch(lockedCheckIns.watcher);
  vault.watch(reminders.watcher);

  const lifecycleHandlers: Pick<IpcHandlers, VaultLifecycleChannel> = {
    ...createVaultHandlers(vault, { host, clock, newId }),
    ...session.handlers,
    ...reminders.handlers,
    ...lockScreen.handlers,
    ...lockedCheckIns.handlers,
  };
  // Every other channel goes to the handlers of the vault that is open now, or answers LOCKED.
  const openVaultChannels = invokeChannels.filter(
    (channel): channel is OpenVaultChannel => !(channel in lifecycleHandlers),
  );
  const toOpenVault = Object.fromEntries(
    openVaultChannels.map((channel) => [
      channel,
      (input: unknown) => (openHandlers.get(vault.unlocked())![channel] as (input: unknown) => unknown)(input),
    ]),
  ) as OpenVaultHandlers;

  const router = createIpcRouter(
    { ...lifecycleHandlers, ...toOpenVault },
    {
      isTrustedOrigin: options.isTrustedOrigin,
      onCall: () => vault.activity(),
      logUnexpected: (channel, error) => log?.(`Unexpected error in ${channel}`, error),
    },
  );

  return {
    router,
    lock: (reason) => vault.lock(reason),
    // The window is gone: nothing to ask (it sent its pending drafts as it closed, on `pagehide`).
    windowClosed: () => vault.lock('user', { collectDrafts: false }),
    checkReminders: () => reminders.check(),
  };
}
