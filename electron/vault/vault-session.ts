import * as fs from 'node:fs/promises';
import path from 'node:path';
import { migrateDatabase } from '../database/migrate';
import { inTransaction, loadPrivateSqlite, selectRow, type Database, type PrivateSqlite } from '../database/sqlite';
import {
  createFileExclusively,
  nodeSaveFileSystem,
  removeInterruptedWrites,
  writeFailureReason,
  writeFileAtomically,
  type SaveFileSystem,
} from './atomic-write';
import { defaultKdfParams, type KdfParams } from './kdf-params';
import { keySlotBytesOf } from './vault-file';
import { wipePlaintext } from './sodium';
import {
  backUpVault,
  backupFolderFor,
  backupMadeAt,
  fileTimeStamp,
  finishInterruptedKeyChange,
  keepSafetyCopy,
  keyChangeFinished,
  keyChangeMarkerPath,
  listBackups,
  noteKeyChange,
} from './vault-backups';
import { VaultError, isVaultError } from './vault-error';
import type { BackupFailure } from '../../shared/vault/vault-status';
import { VaultCrypto, type KeysChanged } from './vault-crypto';
import type { OpenVault } from './open-vault';
import { acquireVaultLock, lockFilePath, type VaultLock, type VaultLockOwner } from './vault-lock-file';

export interface VaultSessionOptions {
  program: VaultLockOwner['program'];
  /** KDF settings for a new vault or a new passphrase. Defaults to `defaultKdfParams`. */
  kdfParams?: KdfParams;
  fileSystem?: SaveFileSystem;
  /**
   * Replace a lock whose holder cannot be confirmed running (another computer, an unknown process):
   * the person chose "Open anyway" or `--force-unlock`. A confirmed live holder is never replaced.
   */
  forceUnlock?: boolean;
  /** How long changes gather before one save writes them all. */
  saveDelayMs?: number;
  /** Keep daily encrypted copies next to the vault. On for the app, off for one-shot CLI reads. */
  keepBackups?: boolean;
  onSaved?: (savedAt: Date) => void;
  onSaveFailed?: (error: VaultError) => void;
  now?: () => Date;
  /** Told how long each step of an unlock took (the benchmark prints them). */
  onUnlockTimed?: (phases: UnlockPhases) => void;
}

/** Milliseconds spent in each step of one unlock. */
export interface UnlockPhases {
  /** Reading the file. */
  read: number;
  /** Argon2id and unwrapping the data key. */
  kdf: number;
  /** Authenticating and decrypting the body. */
  decrypt: number;
  /** Loading the SQLite image, its integrity check and any migrations. */
  checks: number;
}

/**
 * Changes that could not be saved when the vault locked, sealed exactly as the vault file would
 * have been (same slots, same data key, XChaCha20-Poly1305, by the crypto worker before it ended),
 * so nothing in them is readable without the passphrase. Main keeps them in memory and opens them, instead of the file, at the next unlock.
 */
export interface SealedUnsavedChanges {
  bytes: Uint8Array;
  /** Why the save failed (disk full, file changed on disk...). */
  reason: VaultError;
  lockedAt: Date;
  /** The file on disk the changes were made over, to notice another program's write after unlock. */
  diskIdentity: FileIdentity | undefined;
}

/** Bytes to open instead of the vault file, and the file they stand in for. */
export interface VaultSource {
  bytes: Uint8Array;
  diskIdentity: FileIdentity | undefined;
}

type Opened = Awaited<ReturnType<VaultCrypto['unlock']>>;

/** A backup beside the vault, as the restore list shows it. */
export interface BackupDetails {
  file: string;
  madeAt: Date | undefined;
  bytes: number;
  /** How many check-ins it holds; undefined when it does not open with the vault's key. */
  checkIns: number | undefined;
}

/** Errors that mean "not this backup, try the next". */
const unopenableBackup: readonly VaultError['code'][] = [
  'WRONG_PASSPHRASE',
  'DAMAGED',
  'NOT_A_VAULT',
  'UNSUPPORTED_VERSION',
];

/** Identity of the file we last read or wrote: a different one on disk means someone else wrote it. */
export interface FileIdentity {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

async function identify(file: string): Promise<FileIdentity | undefined> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => undefined);
  return stat && { ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs };
}

const sameIdentity = (a: FileIdentity | undefined, b: FileIdentity | undefined): boolean =>
  !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

function describeSaveFailure(error: unknown): VaultError {
  if (isVaultError(error)) return error;
  const reason = writeFailureReason(error, 'the vault folder');
  return new VaultError(
    'SAVE_FAILED',
    `Your latest changes could not be saved because ${reason}. They are kept while Waypoint stays open, and the vault file still holds your last saved version.`,
    { cause: error },
  );
}

const existingFileMessage = 'A file already exists at that location; Waypoint will not overwrite it.';

function refuseExisting(error: unknown): never {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new VaultError('VAULT_EXISTS', existingFileMessage);
  throw error;
}

/**
 * The file a vault path means: a symlink's target, so a save replaces the real file in its own
 * folder (a synced copy behind a link stays the vault) instead of turning the link into a file.
 */
async function realVaultPath(vaultPath: string): Promise<string> {
  return fs.realpath(vaultPath).catch(() => vaultPath);
}

/** Temp files and old-content names left by saves a crash interrupted; we hold the vault's lock. */
async function removeLeftovers(vaultPath: string): Promise<void> {
  for (const name of [vaultPath, lockFilePath(vaultPath), keyChangeMarkerPath(vaultPath)]) {
    await removeInterruptedWrites(path.dirname(vaultPath), path.basename(name));
  }
  await removeInterruptedWrites(backupFolderFor(vaultPath));
  await finishInterruptedKeyChange(vaultPath);
}

async function readVaultBytes(vaultPath: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(vaultPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new VaultError('NO_VAULT', 'There is no vault at that location yet.');
    }
    throw new VaultError('DAMAGED', 'The vault file could not be read from the disk.', { cause: error });
  }
}

/** What an unlocked session runs on: its crypto worker (which holds the data key) and its own SQLite heap. */
interface SessionEngines {
  crypto: VaultCrypto;
  sqlite: PrivateSqlite;
}

async function startEngines(): Promise<SessionEngines> {
  const [crypto, sqlite] = await Promise.all([VaultCrypto.start(), loadPrivateSqlite()]);
  return { crypto, sqlite };
}

/** Ends the worker (its heap, keys and plaintext go with it) and zeroes SQLite's heap. */
async function stopEngines({ crypto, sqlite }: SessionEngines): Promise<void> {
  sqlite.wipe();
  await crypto.end();
}

/**
 * An unlocked vault: the decrypted SQLite database in memory, a crypto worker holding the data
 * key, and the one-writer lock. Changes go through `change`, which runs them in a transaction and
 * schedules a coalesced, sealed, atomic save. `close` flushes, then ends the worker, closes the
 * database and zeroes SQLite's heap.
 */
export class VaultSession implements OpenVault {
  private database: Database | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private changeCount = 0;
  private savedChangeCount = 0;
  private backupTask: Promise<unknown> = Promise.resolve();
  private lastBackupFailure: BackupFailure | undefined;
  private recoveryKeyHeld = false;

  private constructor(
    readonly vaultPath: string,
    private readonly engines: SessionEngines,
    database: Database,
    private lock: VaultLock,
    private diskIdentity: FileIdentity | undefined,
    private readonly options: VaultSessionOptions,
  ) {
    this.database = database;
  }

  /**
   * Creates a new vault file. Refuses to replace an existing file, vault or not. `fill` writes the
   * vault's first contents (an import, the demo) before the first save, so the file appears only
   * complete: an interrupted import leaves no vault behind.
   */
  static async create(
    vaultPath: string,
    passphrase: string,
    options: VaultSessionOptions,
    fill?: (db: Database) => void,
  ): Promise<VaultSession> {
    if (await identify(vaultPath)) throw new VaultError('VAULT_EXISTS', existingFileMessage);
    const lock = await acquireVaultLock(vaultPath, options.program, {
      fileSystem: options.fileSystem,
      force: options.forceUnlock,
    });
    let engines: SessionEngines | undefined;
    try {
      engines = await startEngines();
      await engines.crypto.create(passphrase, options.kdfParams ?? defaultKdfParams);
      const db = new engines.sqlite.SQL.Database();
      db.exec('PRAGMA foreign_keys = ON');
      migrateDatabase(db);
      db.run("INSERT INTO vault_meta (key, value) VALUES ('createdAt', ?)", [
        (options.now?.() ?? new Date()).toISOString(),
      ]);
      if (fill) {
        try {
          inTransaction(db, () => fill(db));
        } catch (error) {
          db.close();
          throw error;
        }
      }
      const session = new VaultSession(vaultPath, engines, db, lock, undefined, options);
      session.changeCount++;
      try {
        await session.flush();
      } catch (error) {
        db.close();
        throw error;
      }
      return session;
    } catch (error) {
      if (engines) await stopEngines(engines);
      await lock.release();
      throw error;
    }
  }

  static open(
    givenPath: string,
    passphrase: string,
    options: VaultSessionOptions,
    /** Bytes to open instead of the file, then save over it: changes sealed at the last lock, or a backup. */
    source?: VaultSource,
  ): Promise<VaultSession> {
    return VaultSession.openWith(givenPath, options, (crypto, file) => crypto.unlock(file, passphrase), source);
  }

  /**
   * Opens the vault with its recovery key and sets a new passphrase at once: a key change, saved
   * before this resolves (a new data key; the same recovery key keeps working). If that save fails
   * the vault is left as it was and nothing stays open.
   */
  static async openWithRecoveryKey(
    givenPath: string,
    recoveryKey: string,
    nextPassphrase: string,
    options: VaultSessionOptions,
    /** Changes a lock could not save (sealed with the vault's keys): opened instead of the file. */
    source?: VaultSource,
  ): Promise<VaultSession> {
    let previousKeySlots: Uint8Array | undefined;
    const session = await VaultSession.openWith(
      givenPath,
      options,
      (crypto, file) => {
        previousKeySlots = keySlotBytesOf(file);
        return crypto.unlockWithRecoveryKey(file, recoveryKey, nextPassphrase, options.kdfParams ?? defaultKdfParams);
      },
      source,
    );
    try {
      // The worker holds the new keys already: nothing may be saved before the key-change note.
      await session.changeKeys(
        async () => ({
          previousKeySlots: previousKeySlots ?? new Uint8Array(),
          hasRecoveryKey: session.recoveryKeyHeld,
        }),
        { saveFirst: false },
      );
    } catch (error) {
      await session.forget();
      throw error;
    }
    return session;
  }

  /**
   * For a vault file that no longer opens: opens the first of `backups` (by default every backup
   * beside the vault, newest first) that the passphrase opens, keeps the damaged file beside the
   * vault as `<file>.damaged-<time>`, and saves the backup's contents as the vault. Resolves with
   * the session and the backup used.
   */
  static async openFromBackup(
    givenPath: string,
    passphrase: string,
    options: VaultSessionOptions,
    candidates?: string[],
  ): Promise<{ session: VaultSession; backup: string; damagedCopy: string }> {
    const vaultPath = await realVaultPath(givenPath);
    const backups = candidates ?? (await listBackups(vaultPath));
    let wrongPassphrase = 0;
    for (const backup of backups) {
      const bytes = await fs.readFile(backup).catch(() => undefined);
      if (!bytes) continue;
      let session: VaultSession;
      try {
        session = await VaultSession.open(vaultPath, passphrase, options, {
          bytes: new Uint8Array(bytes),
          diskIdentity: await identify(vaultPath),
        });
      } catch (error) {
        if (isVaultError(error, 'WRONG_PASSPHRASE')) wrongPassphrase++;
        if (isVaultError(error) && unopenableBackup.includes(error.code)) continue;
        throw error;
      }
      const damagedCopy = `${vaultPath}.damaged-${fileTimeStamp(session.now())}`;
      try {
        await fs.copyFile(vaultPath, damagedCopy).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        await session.flush();
      } catch (error) {
        await session.forget();
        throw describeSaveFailure(error);
      }
      return { session, backup, damagedCopy };
    }
    if (wrongPassphrase > 0) {
      throw new VaultError('WRONG_PASSPHRASE', 'That passphrase does not open any of the backups either.');
    }
    throw new VaultError(
      'DAMAGED',
      backups.length === 0
        ? 'There is no backup of this vault to restore.'
        : 'None of the backups opens with that passphrase: they are damaged, or were made with another passphrase.',
    );
  }

  private static async openWith(
    givenPath: string,
    options: VaultSessionOptions,
    unlock: (crypto: VaultCrypto, file: Uint8Array) => Promise<Opened>,
    source?: VaultSource,
  ): Promise<VaultSession> {
    const vaultPath = await realVaultPath(givenPath);
    // The worker starts while the lock is taken and the file read.
    const starting = startEngines();
    let engines: SessionEngines | undefined;
    let lock: VaultLock | undefined;
    try {
      lock = await acquireVaultLock(vaultPath, options.program, {
        fileSystem: options.fileSystem,
        force: options.forceUnlock,
      });
      await removeLeftovers(vaultPath);
      const readStart = performance.now();
      const diskIdentity = source ? source.diskIdentity : await identify(vaultPath);
      const fileBytes = source ? source.bytes : await readVaultBytes(vaultPath);
      const read = performance.now() - readStart;
      engines = await starting;
      // The worker gets a copy: `fileBytes` is still needed here for the day's backup.
      const { plaintext, kdfMs, decryptMs, hasRecoveryKey } = await unlock(engines.crypto, fileBytes.slice());
      const checksStart = performance.now();
      let db: Database;
      try {
        db = openDatabaseImage(engines.sqlite.SQL, plaintext);
      } finally {
        wipePlaintext(plaintext);
      }
      options.onUnlockTimed?.({ read, kdf: kdfMs, decrypt: decryptMs, checks: performance.now() - checksStart });
      const session = new VaultSession(vaultPath, engines, db, lock, diskIdentity, options);
      session.recoveryKeyHeld = hasRecoveryKey;
      if (source) {
        // Still to be written: the caller saves (and hears of a failure through onSaveFailed).
        session.changeCount++;
      } else if (options.keepBackups) {
        session.backUp(fileBytes);
      }
      return session;
    } catch (error) {
      const started = engines ?? (await starting.catch(() => undefined));
      if (started) await stopEngines(started);
      await lock?.release();
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.database !== undefined;
  }

  /** The database for reads. Writes go through `change`. */
  get db(): Database {
    if (!this.database) throw new VaultError('LOCKED', 'The vault is locked.');
    return this.database;
  }

  /** Why the last daily backup could not be made, until one is made. */
  get backupFailure(): BackupFailure | undefined {
    return this.lastBackupFailure;
  }

  /** Keeps today's encrypted copy (see `backUpVault`); a failure is noted, and retried at the next save. */
  private backUp(fileBytes: Uint8Array): void {
    const at = this.now();
    this.backupTask = this.backupTask
      .then(() => backUpVault(this.vaultPath, fileBytes, at, this.options.fileSystem))
      .then(
        () => {
          this.lastBackupFailure = undefined;
        },
        (error: unknown) => {
          this.lastBackupFailure = { at: at.toISOString(), reason: writeFailureReason(error, 'the backups folder') };
        },
      );
  }

  get hasUnsavedChanges(): boolean {
    return this.changeCount !== this.savedChangeCount;
  }

  /** Runs a write and schedules a save. `work` must be synchronous so no save sees it half done. */
  change<T>(work: (db: Database) => T): T {
    const result = work(this.db);
    this.changeCount++;
    this.scheduleSave();
    return result;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush().catch(() => undefined); // reported through onSaveFailed
    }, this.options.saveDelayMs ?? 300);
  }

  /** Saves now if anything changed; resolves when the file on disk holds every change so far. */
  flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
    const run = this.saving.catch(() => undefined).then(() => this.saveIfChanged());
    this.saving = run;
    return run;
  }

  private async saveIfChanged(): Promise<void> {
    if (!this.hasUnsavedChanges || !this.database) return;
    const changeCount = this.changeCount;
    try {
      if (this.diskIdentity && !sameIdentity(this.diskIdentity, await identify(this.vaultPath))) {
        throw new VaultError(
          'CONFLICT',
          'The vault file was changed by another program since Waypoint opened it, so Waypoint did not overwrite it. Your latest changes are kept while Waypoint stays open.',
        );
      }
      const file = await this.sealCurrentState();
      const fileSystem = this.options.fileSystem ?? nodeSaveFileSystem;
      // A vault's first save creates the file and never replaces one another program just made.
      if (this.diskIdentity) await writeFileAtomically(this.vaultPath, file, fileSystem);
      else await createFileExclusively(this.vaultPath, file, fileSystem).catch(refuseExisting);
      this.diskIdentity = await identify(this.vaultPath);
      this.savedChangeCount = changeCount;
      // A daily backup that failed is tried again with what was just saved.
      if (this.lastBackupFailure && this.options.keepBackups) this.backUp(file);
      this.options.onSaved?.(this.now());
    } catch (error) {
      const failure = describeSaveFailure(error);
      this.options.onSaveFailed?.(failure);
      throw failure;
    }
  }

  /** The database as it is now, sealed by the worker. The exported image moves to the worker. */
  private sealCurrentState(): Promise<Uint8Array> {
    const plaintext = this.db.export();
    // sql.js reopens the database inside export(), which resets per-connection settings.
    this.db.exec('PRAGMA foreign_keys = ON');
    return this.engines.crypto.seal(plaintext);
  }

  /** Whether the vault has a recovery-key slot. */
  get hasRecoveryKey(): boolean {
    return this.recoveryKeyHeld;
  }

  private get kdfParams(): KdfParams {
    return this.options.kdfParams ?? defaultKdfParams;
  }

  /**
   * A new passphrase, and with it a new data key: a copy of the vault from before (a synced or
   * backed-up one) opens with the old passphrase only to what it held then. See `changeKeys`.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    await this.changeKeys(() => this.engines.crypto.changePassphrase(current, next, this.kdfParams));
  }

  /**
   * Makes a recovery key to show once (after checking the passphrase). Nothing changes until the
   * person types it back (`confirmRecoveryKey`); a recovery key made before keeps working until then.
   */
  async makeRecoveryKey(passphrase: string): Promise<string> {
    if (!this.database) throw new VaultError('LOCKED', 'The vault is locked.');
    return this.engines.crypto.prepareRecoveryKey(passphrase, this.kdfParams);
  }

  /** The key shown was typed back: the vault gets new keys for it; an older recovery key stops working. */
  async confirmRecoveryKey(typed: string): Promise<void> {
    await this.changeKeys(() => this.engines.crypto.confirmRecoveryKey(typed));
  }

  async cancelRecoveryKey(): Promise<void> {
    if (this.isOpen) await this.engines.crypto.cancelRecoveryKey();
  }

  /** New keys without a recovery slot: the recovery key stops working, old copies included. */
  async removeRecoveryKey(passphrase: string): Promise<void> {
    await this.changeKeys(() => this.engines.crypto.removeRecoveryKey(passphrase, this.kdfParams));
  }

  /**
   * Runs `work` between saves: no save starts while it runs, and it runs after the last one ends
   * and (unless `saveFirst` is false) after the changes so far are saved.
   */
  private betweenSaves<T>(work: () => Promise<T>, { saveFirst = true } = {}): Promise<T> {
    if (!this.database) return Promise.reject(new VaultError('LOCKED', 'The vault is locked.'));
    const run = this.saving
      .catch(() => undefined)
      .then(async () => {
        if (this.saveTimer) clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        if (saveFirst) await this.saveIfChanged();
        await this.backupTask;
        return work();
      });
    this.saving = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * A key change, crash-safe at every step. The worker makes the new keys and keeps the old data
   * key; a note beside the vault names the old key slots; the vault is saved under the new keys
   * (atomically: a kill leaves it under exactly one set); every backup is re-sealed under them, or
   * removed if it cannot be; then the note and the old key go. If the save fails the old keys
   * come back. If a kill stops it after the save, the next open removes the backups it had not
   * reached yet (`finishInterruptedKeyChange`), so no backup opens with the old passphrase.
   */
  private changeKeys(
    start: () => Promise<Pick<KeysChanged, 'previousKeySlots' | 'hasRecoveryKey'>>,
    { saveFirst = true } = {},
  ): Promise<void> {
    return this.betweenSaves(
      async () => {
        const { crypto } = this.engines;
        const changed = await start();
        try {
          await noteKeyChange(this.vaultPath, changed.previousKeySlots, this.options.fileSystem);
          this.changeCount++;
          await this.saveIfChanged();
        } catch (error) {
          await crypto.keyChangeFailed();
          await keyChangeFinished(this.vaultPath).catch(() => undefined);
          throw describeSaveFailure(error);
        }
        this.recoveryKeyHeld = changed.hasRecoveryKey;
        if (await this.rekeyBackups()) await keyChangeFinished(this.vaultPath);
        await crypto.keyChangeSaved();
      },
      { saveFirst },
    );
  }

  /** Re-seals every backup under the held keys, or removes it. False if one could be neither. */
  private async rekeyBackups(): Promise<boolean> {
    const fileSystem = this.options.fileSystem ?? nodeSaveFileSystem;
    let allDone = true;
    for (const backup of await listBackups(this.vaultPath)) {
      try {
        const resealed = await this.engines.crypto.reseal(new Uint8Array(await fs.readFile(backup)));
        await writeFileAtomically(backup, resealed, fileSystem);
      } catch {
        // Damaged, or sealed with other keys, or not writable: it must not stay under the old keys.
        await fs.rm(backup, { force: true }).catch(() => {
          allDone = false;
        });
      }
    }
    return allDone;
  }

  /** The backups beside the vault, newest first, with what each holds (opened with the held key). */
  async describeBackups(): Promise<BackupDetails[]> {
    await this.backupTask; // today's, if it is still being written
    const details: BackupDetails[] = [];
    for (const file of await listBackups(this.vaultPath)) {
      const bytes = await fs.readFile(file).catch(() => undefined);
      details.push({
        file,
        madeAt: backupMadeAt(file),
        bytes: bytes?.length ?? 0,
        checkIns: bytes ? await this.countCheckInsIn(new Uint8Array(bytes)) : undefined,
      });
    }
    return details;
  }

  private async countCheckInsIn(file: Uint8Array): Promise<number | undefined> {
    let plaintext: Uint8Array;
    try {
      plaintext = await this.engines.crypto.openSealed(file);
    } catch {
      return undefined;
    }
    let db: Database | undefined;
    try {
      db = new this.engines.sqlite.SQL.Database(plaintext);
      const hasTable = selectRow(db, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'checkins'", [], {
        n: 'number',
      });
      if (!hasTable?.n) return 0;
      return selectRow(db, 'SELECT count(*) AS n FROM checkins', [], { n: 'number' })?.n ?? 0;
    } catch {
      return undefined;
    } finally {
      db?.close();
      wipePlaintext(plaintext);
    }
  }

  /**
   * Replaces the vault's contents with a backup's. The vault as it is now is kept as a backup
   * first (`keepSafetyCopy`), so a restore can itself be undone from the same list. The backup
   * must open with the held keys (every backup beside the vault does). Resolves with the safety copy.
   */
  restoreBackup(backupPath: string): Promise<string> {
    return this.betweenSaves(async () => {
      const bytes = await fs.readFile(backupPath).catch((cause: unknown) => {
        throw new VaultError('DAMAGED', 'That backup could not be read from the disk.', { cause });
      });
      let plaintext: Uint8Array;
      try {
        plaintext = await this.engines.crypto.openSealed(new Uint8Array(bytes));
      } catch (cause) {
        throw new VaultError(
          'DAMAGED',
          "That backup does not open with this vault's key: it is damaged, or it is a copy of another vault. Nothing was changed.",
          { cause },
        );
      }
      let restored: Database;
      try {
        restored = openDatabaseImage(this.engines.sqlite.SQL, plaintext);
      } finally {
        wipePlaintext(plaintext);
      }
      let safetyCopy: string;
      try {
        const current = new Uint8Array(await fs.readFile(this.vaultPath));
        safetyCopy = await keepSafetyCopy(this.vaultPath, current, this.now(), this.options.fileSystem);
      } catch (error) {
        restored.close();
        throw new VaultError(
          'SAVE_FAILED',
          `Waypoint could not keep a copy of the vault as it is now, because ${writeFailureReason(error, 'the backups folder')}, so nothing was restored.`,
          { cause: error },
        );
      }
      this.database?.close();
      this.database = restored;
      this.changeCount++;
      await this.saveIfChanged();
      return safetyCopy;
    });
  }

  /**
   * Saves, then forgets: zeroes the data key, closes the database and releases the file lock.
   * If the save fails the session stays open, so nothing the person wrote is lost.
   */
  async close(): Promise<void> {
    if (!this.database) return;
    await this.flush();
    await this.forget();
  }

  /**
   * Locks whatever happens to the save. If the latest changes cannot be written, they are sealed
   * in memory like the file and returned (for `VaultSession.open` at the next unlock); either way
   * the data key is zeroed, the database closed and the file lock released.
   */
  async closeSealingUnsaved(): Promise<SealedUnsavedChanges | undefined> {
    if (!this.database) return undefined;
    let unsaved: SealedUnsavedChanges | undefined;
    try {
      await this.flush();
    } catch (error) {
      unsaved = {
        bytes: await this.sealCurrentState(),
        reason: error instanceof VaultError ? error : describeSaveFailure(error),
        lockedAt: this.now(),
        diskIdentity: this.diskIdentity,
      };
    } finally {
      await this.forget();
    }
    return unsaved;
  }

  /** Closes the database, ends the crypto worker, zeroes SQLite's heap and releases the file lock. */
  async forget(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.backupTask;
    this.database?.close();
    this.database = undefined;
    await stopEngines(this.engines);
    await this.lock.release();
  }
}

function openDatabaseImage(SQL: PrivateSqlite['SQL'], image: Uint8Array): Database {
  let db: Database;
  try {
    db = new SQL.Database(image);
    db.exec('PRAGMA foreign_keys = ON');
    const check = selectRow(db, 'PRAGMA quick_check', [], { result: 'text' })?.result;
    if (check !== 'ok') throw new Error(String(check));
  } catch (cause) {
    throw new VaultError('DAMAGED', 'The vault opened, but the data inside it is damaged.', { cause });
  }
  try {
    migrateDatabase(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
