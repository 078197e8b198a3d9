import * as fs from 'node:fs/promises';
import type { LockReason, VaultStatus } from '../../shared/vault/vault-status';
import type { Clock } from '../ports/clock';
import type { Host } from '../ports/host';
import { readSettings } from '../settings/settings-repository';
import type { SaveFileSystem } from './atomic-write';
import { BackupElsewhere, readBackupElsewhereFolder } from './backup-elsewhere';
import { IdleLockTimer } from './idle-lock-timer';
import type { KdfParams } from './kdf-params';
import { backupFolderFor } from './vault-backups';
import { VaultError } from './vault-error';
import type { SealedUnsavedChanges, VaultSession, VaultSessionOptions } from './vault-session';

/** What other parts of main do as the open vault comes and goes; every hook is optional. */
export interface VaultWatcher {
  /** The vault opened: created, unlocked, restored from a backup or copied in. */
  opened?(session: VaultSession): void;
  /** A save landed. */
  saved?(session: VaultSession): void;
  /** A restore, or a conflict settled with the other version, replaced what the vault holds. */
  replaced?(session: VaultSession): void;
  /** The passphrase changed (with it the data key): keys kept for the vault's sake change too. */
  keyChanged?(session: VaultSession): void;
  /** The vault is about to close for a lock: the last moment to read it. */
  closing?(session: VaultSession): void;
  /** The vault has closed; awaited, in the order the watchers came, before the window is told. */
  locked?(): void | Promise<void>;
}

export interface VaultLifecycleOptions {
  vaultPath: string;
  /** Where the lock screen's copy of the safety plan would be, for the status. */
  lockScreenSafetyPlanPath: string;
  host: Pick<Host, 'sendEvent'>;
  clock: Clock;
  /** KDF settings for new passphrases; the default is `defaultKdfParams`. */
  kdfParams?: KdfParams;
  /** The file-system calls a save makes; the real ones unless a test makes them fail (a full disk). */
  saveFileSystem?: SaveFileSystem;
  /** Replaces the idle time from Settings (end-to-end tests use a few seconds). */
  idleLockMsOverride?: number;
  /** Asks the window for what its forms have not sent yet; resolves when it has, or after a short wait. */
  collectPendingDrafts(): Promise<void>;
  log?(message: string, error?: unknown): void;
}

/**
 * The one vault file of the app, opened and locked: which session is open, the changes a lock
 * could not save, auto-lock, and the backup kept elsewhere. Create, unlock, lock and key changes
 * run one at a time (`serially`); the `vault.*` handlers drive it, other domains watch it.
 */
export class VaultLifecycle {
  readonly vaultPath: string;
  /** Opt-in: a copy of the vault file in a folder the person chose, refreshed at every lock and daily. */
  readonly backupElsewhere: BackupElsewhere;
  /** How sessions are opened and created, with the app's events on save. */
  readonly sessionOptions: VaultSessionOptions;
  private open: VaultSession | undefined;
  private lifecycle: Promise<unknown> = Promise.resolve();
  // Changes a lock could not save, sealed like the vault file (no key or plaintext is kept): the
  // next unlock opens them instead of the file and saves them.
  private unsaved: SealedUnsavedChanges | undefined;
  private readonly idleTimer = new IdleLockTimer(() => void this.lock('idle'));
  private readonly watchers: VaultWatcher[] = [];

  constructor(private readonly options: VaultLifecycleOptions) {
    this.vaultPath = options.vaultPath;
    this.backupElsewhere = new BackupElsewhere(options.vaultPath, {
      now: () => options.clock.now(),
      fileSystem: options.saveFileSystem,
    });
    this.sessionOptions = {
      program: 'app',
      kdfParams: options.kdfParams,
      fileSystem: options.saveFileSystem,
      keepBackups: true,
      onSaved: (savedAt) => {
        const session = this.open;
        if (session) for (const watcher of this.watchers) watcher.saved?.(session);
        options.host.sendEvent('vault.saved', { savedAt: savedAt.toISOString() });
      },
      onSaveFailed: (error) =>
        options.host.sendEvent('vault.saveFailed', { message: error.message, conflict: error.code === 'CONFLICT' }),
    };
  }

  watch(watcher: VaultWatcher): void {
    this.watchers.push(watcher);
  }

  /** The open session, if the vault is unlocked. */
  get session(): VaultSession | undefined {
    return this.open;
  }

  /** The open session, or LOCKED. */
  unlocked(): VaultSession {
    if (!this.open) throw new VaultError('LOCKED', 'Waypoint is locked. Unlock it to continue.');
    return this.open;
  }

  /** Changes a lock could not save, waiting for the next unlock. */
  get unsavedAtLock(): SealedUnsavedChanges | undefined {
    return this.unsaved;
  }

  /** Runs lifecycle work one at a time, in the order asked. */
  /** The passphrase of `session` changed: the watchers that keep keys of their own follow. */
  keyChanged(session: VaultSession): void {
    for (const watcher of this.watchers) watcher.keyChanged?.(session);
  }

  serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lifecycle.catch(() => undefined).then(work);
    this.lifecycle = run;
    return run;
  }

  async status(): Promise<VaultStatus> {
    const exists = this.open
      ? true
      : await fs.stat(this.vaultPath).then(
          () => true,
          () => false,
        );
    return {
      state: this.open ? 'unlocked' : exists ? 'locked' : 'no-vault',
      vaultPath: this.vaultPath,
      backupFolder: backupFolderFor(this.vaultPath),
      lockScreenSafetyPlanPath: this.options.lockScreenSafetyPlanPath,
    };
  }

  /**
   * Makes `session` the open one (inside `serially`). `usedUnsaved`: it was opened from the changes
   * a lock could not save, which are no longer waiting.
   */
  opened(session: VaultSession, { usedUnsaved }: { usedUnsaved: boolean }): void {
    this.open = session;
    if (usedUnsaved) this.unsaved = undefined;
    for (const watcher of this.watchers) watcher.opened?.(session);
    this.backupElsewhere.use(readBackupElsewhereFolder(session.db));
    void this.backupElsewhere.copyIfDue();
    this.restartIdleTimer(session);
  }

  /** After a restore or a conflict settled with the other version: what main keeps about the vault is read again. */
  contentsReplaced(session: VaultSession): void {
    for (const watcher of this.watchers) watcher.replaced?.(session);
    this.backupElsewhere.use(readBackupElsewhereFolder(session.db));
    this.restartIdleTimer(session);
  }

  /** Starts the idle time again, as Settings now give it. */
  restartIdleTimer(session: VaultSession): void {
    this.idleTimer.start(this.options.idleLockMsOverride ?? readSettings(session.db).autoLockMinutes * 60_000);
  }

  /** Any call from the window: the idle time starts again. */
  activity(): void {
    this.idleTimer.touch();
  }

  /**
   * Locks. Any lock but quitting always locks: if the save fails, the unsaved changes are kept
   * sealed for the next unlock. Quitting with an unsaveable change resolves false instead, so the
   * person can choose to stay open; so does quitting while sealed changes wait for an unlock.
   */
  lock(reason: LockReason, { collectDrafts = true } = {}): Promise<boolean> {
    return this.serially(() => this.lockNow(reason, { collectDrafts }));
  }

  /** `lock`'s work, for lifecycle work already running serially. */
  async lockNow(reason: LockReason, { collectDrafts = true } = {}): Promise<boolean> {
    const done = () => reason !== 'quit' || this.unsaved === undefined;
    if (!this.open) return done();
    if (collectDrafts) await this.options.collectPendingDrafts();
    const session = this.open;
    if (!session) return done();
    for (const watcher of this.watchers) watcher.closing?.(session);
    if (reason === 'quit') {
      try {
        await session.close();
      } catch (error) {
        this.options.log?.('Could not save before quitting; staying open so nothing is lost.', error);
        return false;
      }
    } else {
      try {
        this.unsaved = (await session.closeSealingUnsaved()) ?? this.unsaved;
      } catch (error) {
        this.options.log?.('Locking could not keep the unsaved changes; it locked all the same.', error);
      }
    }
    this.open = undefined;
    this.idleTimer.stop();
    for (const watcher of this.watchers) await watcher.locked?.();
    this.options.host.sendEvent('vault.locked', {
      reason,
      unsaved: this.unsaved ? { message: this.unsaved.reason.message } : null,
    });
    // The file as the lock left it, to the folder chosen for a second backup; then the folder is forgotten.
    await this.backupElsewhere.copy();
    this.backupElsewhere.use(undefined);
    return done();
  }
}
