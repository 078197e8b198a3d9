import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { LockReason, VaultStatus } from '../../shared/vault/vault-status';
import { readSettings, writeSettings } from '../settings/settings-repository';
import { inTransaction } from '../database/sqlite';
import { createCheckInHandlers } from '../check-ins/check-in-handlers';
import { recomputeCheckInDays } from '../check-ins/check-in-repository';
import { createPlanHandlers } from '../plan/plan-handlers';
import { createProgressHandlers } from '../progress/progress-handlers';
import { createPdfExportHandlers } from '../pdf-export/pdf-export-handlers';
import { createIpcRouter, type IpcHandlers, type IpcRouter } from '../ipc/ipc-router';
import type { KdfParams } from '../vault/kdf-params';
import { backupFolderFor } from '../vault/vault-backups';
import { VaultError } from '../vault/vault-error';
import { VaultSession, type VaultSessionOptions } from '../vault/vault-session';
import type { Host } from './host';
import { IdleLockTimer } from './idle-lock-timer';

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
  log?(message: string, error?: unknown): void;
}

export interface AppCore {
  router: IpcRouter;
  /** Locks now (menu, OS suspend, screen lock, quit). Resolves false if unsaved changes could not be saved. */
  lock(reason: LockReason): Promise<boolean>;
}

/**
 * Everything the app does below the window, with no Electron import: the vault lifecycle, the
 * IPC handlers and auto-lock. The Electron entry and the Chromium test host both build one.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { host } = options;
  const vaultPath = options.vaultPath ?? path.join(host.userDataDir, vaultFileName);
  let session: VaultSession | undefined;
  // Create, unlock, lock and passphrase changes run one at a time, in the order asked.
  let lifecycle: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lifecycle.catch(() => undefined).then(work);
    lifecycle = run;
    return run;
  };

  const idleTimer = new IdleLockTimer(() => void lock('idle'));

  const sessionOptions: VaultSessionOptions = {
    program: 'app',
    kdfParams: options.kdfParams,
    keepBackups: true,
    onSaved: (savedAt) => host.sendEvent('vault.saved', { savedAt: savedAt.toISOString() }),
    onSaveFailed: (error) => host.sendEvent('vault.saveFailed', { message: error.message }),
  };

  async function status(): Promise<VaultStatus> {
    const exists = session
      ? true
      : await fs.stat(vaultPath).then(
          () => true,
          () => false,
        );
    return {
      state: session?.isOpen ? 'unlocked' : exists ? 'locked' : 'no-vault',
      vaultPath,
      backupFolder: backupFolderFor(vaultPath),
    };
  }

  function unlocked(): VaultSession {
    if (!session?.isOpen) throw new VaultError('LOCKED', 'Waypoint is locked. Unlock it to continue.');
    return session;
  }

  function startIdleTimer(opened: VaultSession): void {
    idleTimer.start(options.idleLockMsOverride ?? readSettings(opened.db).autoLockMinutes * 60_000);
  }

  function lock(reason: LockReason): Promise<boolean> {
    return serially(async () => {
      if (!session) return true;
      try {
        await session.close();
      } catch (error) {
        options.log?.('Could not save before locking; staying unlocked so nothing is lost.', error);
        return false;
      }
      session = undefined;
      plan.forgetUndo();
      checkIns.forgetUndo();
      reports.forgetJobs();
      idleTimer.stop();
      host.sendEvent('vault.locked', { reason });
      return true;
    });
  }

  const services = { unlocked, newId: randomUUID, now: () => new Date() };
  const plan = createPlanHandlers(services);
  const checkIns = createCheckInHandlers(services);
  const progress = createProgressHandlers(services);
  const reports = createPdfExportHandlers({ ...services, host });

  const handlers: IpcHandlers = {
    'vault.status': status,
    'vault.create': ({ passphrase }) =>
      serially(async () => {
        if (session) throw new VaultError('VAULT_EXISTS', 'A vault is already open.');
        await fs.mkdir(path.dirname(vaultPath), { recursive: true, mode: 0o700 });
        session = await VaultSession.create(vaultPath, passphrase, sessionOptions);
        startIdleTimer(session);
        return status();
      }),
    'vault.unlock': ({ passphrase }) =>
      serially(async () => {
        if (!session) {
          session = await VaultSession.open(vaultPath, passphrase, sessionOptions);
          startIdleTimer(session);
        }
        return status();
      }),
    'vault.lock': async () => {
      if (!(await lock('user'))) {
        throw new VaultError(
          'SAVE_FAILED',
          'Waypoint could not save your latest changes, so it stayed unlocked to keep them.',
        );
      }
      return status();
    },
    'vault.changePassphrase': ({ current, next }) =>
      serially(async () => {
        await unlocked().changePassphrase(current, next);
        return null;
      }),
    'settings.get': () => readSettings(unlocked().db),
    'settings.update': (changes) => {
      const updated = unlocked().change((db) =>
        inTransaction(db, () => {
          const written = writeSettings(db, changes);
          // A new day boundary moves late-night check-ins to the day they now belong to.
          if (changes.dayBoundaryMinutes !== undefined) recomputeCheckInDays(db, written.dayBoundaryMinutes);
          return written;
        }),
      );
      if (changes.autoLockMinutes !== undefined) startIdleTimer(unlocked());
      return updated;
    },
    'session.activity': () => null,
    ...plan.handlers,
    ...checkIns.handlers,
    ...progress.handlers,
    ...reports.handlers,
  };

  const router = createIpcRouter(handlers, {
    isTrustedOrigin: options.isTrustedOrigin,
    onCall: () => idleTimer.touch(),
    logUnexpected: (channel, error) => options.log?.(`Unexpected error in ${channel}`, error),
  });

  return { router, lock };
}
