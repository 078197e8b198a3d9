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
import { wipePlaintext } from './sodium';
import { backUpVault, backupFolderFor, listBackups } from './vault-backups';
import { VaultError, isVaultError } from './vault-error';
import type { BackupFailure } from '../../shared/vault/vault-status';
import { VaultCrypto } from './vault-crypto';
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

/** Identity of the file we last read or wrote: a different one on disk means someone else wrote it. */
interface FileIdentity {
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
  await removeInterruptedWrites(path.dirname(vaultPath), path.basename(vaultPath));
  await removeInterruptedWrites(path.dirname(vaultPath), path.basename(lockFilePath(vaultPath)));
  await removeInterruptedWrites(backupFolderFor(vaultPath));
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

  static async open(
    givenPath: string,
    passphrase: string,
    options: VaultSessionOptions,
    /** Changes sealed at the last lock because they could not be saved: opened instead of the file, then saved. */
    unsaved?: SealedUnsavedChanges,
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
      const diskIdentity = unsaved ? unsaved.diskIdentity : await identify(vaultPath);
      const fileBytes = unsaved ? unsaved.bytes : await readVaultBytes(vaultPath);
      const read = performance.now() - readStart;
      engines = await starting;
      // The worker gets a copy: `fileBytes` is still needed here for the day's backup.
      const { plaintext, kdfMs, decryptMs } = await engines.crypto.unlock(fileBytes.slice(), passphrase);
      const checksStart = performance.now();
      let db: Database;
      try {
        db = openDatabaseImage(engines.sqlite.SQL, plaintext);
      } finally {
        wipePlaintext(plaintext);
      }
      options.onUnlockTimed?.({ read, kdf: kdfMs, decrypt: decryptMs, checks: performance.now() - checksStart });
      const session = new VaultSession(vaultPath, engines, db, lock, diskIdentity, options);
      if (unsaved) {
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

  private now(): Date {
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

  /**
   * Re-wraps the data key under a new passphrase (the data is not re-encrypted with a new key).
   * The daily backups are re-sealed too, so the old passphrase opens nothing afterwards.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.database) throw new VaultError('LOCKED', 'The vault is locked.');
    await this.flush();
    const { crypto } = this.engines;
    const previousSlots = await crypto.changePassphrase(current, next, this.options.kdfParams ?? defaultKdfParams);
    this.changeCount++;
    try {
      await this.flush();
    } catch (error) {
      await crypto.restoreSlots(previousSlots);
      throw error;
    }
    await this.backupTask;
    await this.resealBackups();
  }

  private async resealBackups(): Promise<void> {
    for (const backup of await listBackups(this.vaultPath)) {
      try {
        const resealed = await this.engines.crypto.reseal(new Uint8Array(await fs.readFile(backup)));
        await writeFileAtomically(backup, resealed);
      } catch {
        // A backup that no longer opens with this key is left as it is; the live vault is what matters.
      }
    }
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
  private async forget(): Promise<void> {
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
