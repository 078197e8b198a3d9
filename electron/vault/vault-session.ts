import * as fs from 'node:fs/promises';
import path from 'node:path';
import { migrateDatabase } from '../database/migrate';
import {
  inTransaction,
  loadPrivateSqlite,
  selectRow,
  writableDatabase,
  type PrivateSqlite,
  type ReadableDatabase,
  type WritableDatabase,
} from '../database/sqlite';
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
import {
  backUpVault,
  backupFolderFor,
  backupMadeAt,
  backupsSealedWith,
  contentDigest,
  fileTimeStamp,
  keepSafetyCopy,
  keyChangeFinished,
  keyChangeMarkerPath,
  keySlotsDigestOf,
  listBackups,
  noteKeyChange,
  readKeyChangeNote,
} from './vault-backups';
import { VaultError, isVaultError } from './vault-error';
import type { BackupFailure, KeyChangeOutcome } from '../../shared/vault/vault-status';
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
  onDisk: FileOnDisk | undefined;
  /**
   * The vault's lock, still held: while changes wait to be saved, no other program (the CLI) may
   * change the vault under them (a new passphrase would leave them unopenable). The next open uses it.
   */
  lock: VaultLock;
}

/** Bytes to open instead of the vault file, and the file they stand in for. */
export interface VaultSource {
  bytes: Uint8Array;
  onDisk: FileOnDisk | undefined;
  /** The vault's lock, when the caller holds it already (changes sealed at a lock). */
  lock?: VaultLock;
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

/** How the file looked on disk when we last read or wrote it: a quick look, then its content. */
interface FileIdentity {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/**
 * The vault file as we last read or wrote it. Another program's write is told by its content: a
 * touch, a sync tool's rewrite or a copy of the same bytes changes the file's times or inode, never
 * its digest, and never blocks a save.
 */
export interface FileOnDisk {
  identity: FileIdentity;
  digest: string;
}

async function identify(file: string): Promise<FileIdentity | undefined> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => undefined);
  return stat && { ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs };
}

const sameIdentity = (a: FileIdentity, b: FileIdentity | undefined): boolean =>
  !!b && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** The file on disk now, with the digest of `bytes` (what was just read from it or written to it). */
async function fileOnDisk(file: string, bytes: Uint8Array): Promise<FileOnDisk | undefined> {
  const identity = await identify(file);
  return identity && { identity, digest: contentDigest(bytes) };
}

/** The file on disk now, read to know its content; undefined when there is none. */
async function readFileOnDisk(file: string): Promise<FileOnDisk | undefined> {
  const bytes = await fs.readFile(file).catch(() => undefined);
  return bytes && fileOnDisk(file, bytes);
}

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
  private database: WritableDatabase | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** The long change running in slices (`changeInSlices`), if one is: a lock aborts it. */
  private slicedChange: { aborted: boolean; settled: Promise<void> } | undefined;
  private changeCount = 0;
  private savedChangeCount = 0;
  private backupTask: Promise<unknown> = Promise.resolve();
  private lastBackupFailure: BackupFailure | undefined;
  private recoveryKeyHeld = false;
  /** Backups an interrupted key change left under an earlier key, that this unlock could not re-seal. */
  private leftUnderEarlierKeys: string[] = [];

  private constructor(
    readonly vaultPath: string,
    private readonly engines: SessionEngines,
    database: WritableDatabase,
    private lock: VaultLock,
    private onDisk: FileOnDisk | undefined,
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
    fill?: (db: WritableDatabase) => void,
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
      const db = writableDatabase(new engines.sqlite.SQL.Database());
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
  ): Promise<{ session: VaultSession; outcome: KeyChangeOutcome }> {
    const session = await VaultSession.openWith(
      givenPath,
      options,
      (crypto, file) => crypto.unlockWithRecoveryKey(file, recoveryKey),
      source,
    );
    try {
      const outcome = await session.changeKeys(
        () => session.engines.crypto.setPassphraseAfterRecovery(nextPassphrase, session.kdfParams),
        { saveFirst: false },
      );
      return { session, outcome };
    } catch (error) {
      await session.forget();
      throw error;
    }
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
          onDisk: await readFileOnDisk(vaultPath),
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
      lock =
        source?.lock ??
        (await acquireVaultLock(vaultPath, options.program, {
          fileSystem: options.fileSystem,
          force: options.forceUnlock,
        }));
      await removeLeftovers(vaultPath);
      const readStart = performance.now();
      const fileBytes = source ? source.bytes : await readVaultBytes(vaultPath);
      const onDisk = source ? source.onDisk : await fileOnDisk(vaultPath, fileBytes);
      const read = performance.now() - readStart;
      engines = await starting;
      // The worker gets a copy: `fileBytes` is still needed here for the day's backup.
      const { plaintext, kdfMs, decryptMs, hasRecoveryKey } = await unlock(engines.crypto, fileBytes.slice());
      const checksStart = performance.now();
      let db: WritableDatabase;
      try {
        db = openDatabaseImage(engines.sqlite.SQL, plaintext);
      } finally {
        wipePlaintext(plaintext);
      }
      options.onUnlockTimed?.({ read, kdf: kdfMs, decrypt: decryptMs, checks: performance.now() - checksStart });
      const session = new VaultSession(vaultPath, engines, db, lock, onDisk, options);
      session.recoveryKeyHeld = hasRecoveryKey;
      session.leftUnderEarlierKeys = await session.finishInterruptedKeyChange();
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
      // A lock handed in stays with its caller: the changes it guards are still waiting.
      if (lock !== source?.lock) await lock?.release();
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.database !== undefined;
  }

  /** The database for reads. Writes go through `change`: the type given here does not write. */
  get db(): ReadableDatabase {
    return this.writable;
  }

  /** The database to write, for the work of a change and the session's own saves. */
  private get writable(): WritableDatabase {
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
  change<T>(work: (db: WritableDatabase) => T): T {
    if (this.slicedChange) throw slicedChangeRunning();
    const result = work(this.writable);
    this.changeCount++;
    this.scheduleSave();
    return result;
  }

  /**
   * Runs a long write (an import of thousands of check-ins) as one transaction, in slices: `work`
   * awaits `nextSlice` between them, so main handles other events meanwhile. While it runs no save
   * exports the database (a save waits for it; it starts after a save under way), and `change` is
   * refused. A lock (`closeSealingUnsaved`, `forget`) aborts it: `nextSlice` throws, the
   * transaction is rolled back, and the lock goes on. Committed, it schedules a save as `change` does.
   */
  changeInSlices<T>(work: (db: WritableDatabase, nextSlice: () => Promise<void>) => Promise<T>): Promise<T> {
    if (!this.database) return Promise.reject(new VaultError('LOCKED', 'The vault is locked.'));
    if (this.slicedChange) return Promise.reject(slicedChangeRunning());
    const sliced = { aborted: false, settled: Promise.resolve() };
    const aborted = () =>
      new VaultError('LOCKED', 'The vault locked before the change was finished, so none of it was kept.');
    const nextSlice = () =>
      new Promise<void>((resolve, reject) => setImmediate(() => (sliced.aborted ? reject(aborted()) : resolve())));
    const run = this.saving
      .catch(() => undefined)
      .then(async () => {
        try {
          if (sliced.aborted) throw aborted();
          const db = this.writable;
          // The rollback journal in SQLite's memory rather than in sql.js's in-memory file, which
          // grows by copying itself whole: tens of MB at a time in a change this long. (The
          // database is in memory either way; the vault file is only written between changes.)
          const journal = String(db.exec('PRAGMA journal_mode')[0]?.values[0]?.[0] ?? 'delete');
          db.exec('PRAGMA journal_mode = MEMORY');
          try {
            db.exec('SAVEPOINT waypoint_sliced_change');
            let result: T;
            try {
              result = await work(db, nextSlice);
              if (sliced.aborted) throw aborted();
            } catch (error) {
              db.exec('ROLLBACK TO waypoint_sliced_change; RELEASE waypoint_sliced_change');
              throw error;
            }
            db.exec('RELEASE waypoint_sliced_change');
            this.changeCount++;
            this.scheduleSave();
            return result;
          } finally {
            db.exec(`PRAGMA journal_mode = ${journal}`);
          }
        } finally {
          this.slicedChange = undefined;
        }
      });
    sliced.settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.slicedChange = sliced;
    // A save asked for meanwhile (`flush`, the save timer, a key change) runs after it.
    this.saving = sliced.settled;
    return run;
  }

  /** Stops a change running in slices at its next slice; resolves when it is rolled back (or done). */
  private abortSlicedChange(): Promise<void> {
    if (!this.slicedChange) return Promise.resolve();
    this.slicedChange.aborted = true;
    return this.slicedChange.settled;
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
      if (this.onDisk && !(await this.unchangedOnDisk(this.onDisk))) {
        throw new VaultError(
          'CONFLICT',
          'The vault file was changed by another program since Waypoint opened it, so Waypoint did not write over it. Your latest changes are kept: choose which version to keep, and the other is kept as a backup.',
        );
      }
      const file = await this.sealCurrentState();
      const fileSystem = this.options.fileSystem ?? nodeSaveFileSystem;
      // A vault's first save creates the file and never replaces one another program just made.
      if (this.onDisk) await writeFileAtomically(this.vaultPath, file, fileSystem);
      else await createFileExclusively(this.vaultPath, file, fileSystem).catch(refuseExisting);
      this.onDisk = await fileOnDisk(this.vaultPath, file);
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

  /**
   * Whether the vault file still holds what we last read or wrote. Its times and inode are looked
   * at first; when they differ (a touch, a sync tool's rewrite, a copy), its bytes decide. A file
   * that is gone holds nothing to lose: the save writes it again.
   */
  private async unchangedOnDisk(known: FileOnDisk): Promise<boolean> {
    const identity = await identify(this.vaultPath);
    if (!identity || sameIdentity(known.identity, identity)) return true;
    const now = await readFileOnDisk(this.vaultPath);
    if (!now) return true;
    if (now.digest !== known.digest) return false;
    this.onDisk = now;
    return true;
  }

  /**
   * After another program changed the vault file (a save answered CONFLICT), the person chooses
   * which version stays the vault; the other is kept among the backups, so nothing is lost:
   * - `mine`: the version open here is saved as the vault; the other program's is kept as a backup.
   * - `other`: the other program's version becomes the vault; the one open here is kept as a
   *   backup. When the other opens with this vault's key it is opened here at once; when it does not
   *   (another passphrase), `needsUnlock` is true and the caller locks, to open it with its own.
   */
  resolveConflict(keep: 'mine' | 'other'): Promise<{ keptCopy: string; needsUnlock: boolean }> {
    return this.betweenSaves(
      async () => {
        const other = await fs.readFile(this.vaultPath).catch(() => undefined);
        const otherBytes = other && new Uint8Array(other);
        if (keep === 'mine' || !otherBytes) {
          const keptCopy = otherBytes ? await this.keepAsBackup(otherBytes) : '';
          this.onDisk = otherBytes && (await fileOnDisk(this.vaultPath, otherBytes));
          this.changeCount++;
          await this.saveIfChanged();
          return { keptCopy, needsUnlock: false };
        }
        const keptCopy = await this.keepAsBackup(await this.sealCurrentState());
        this.savedChangeCount = this.changeCount; // what is open here is kept in that backup
        let replacement: WritableDatabase;
        try {
          const plaintext = await this.engines.crypto.openSealed(otherBytes);
          try {
            replacement = openDatabaseImage(this.engines.sqlite.SQL, plaintext);
          } finally {
            wipePlaintext(plaintext);
          }
        } catch {
          return { keptCopy, needsUnlock: true };
        }
        this.database?.close();
        this.database = replacement;
        this.onDisk = await fileOnDisk(this.vaultPath, otherBytes);
        return { keptCopy, needsUnlock: false };
      },
      { saveFirst: false },
    );
  }

  private async keepAsBackup(bytes: Uint8Array): Promise<string> {
    try {
      return await keepSafetyCopy(this.vaultPath, bytes, this.now(), this.options.fileSystem);
    } catch (error) {
      throw new VaultError(
        'SAVE_FAILED',
        `Waypoint could not keep the other version as a backup, because ${writeFailureReason(error, 'the backups folder')}, so nothing was changed.`,
        { cause: error },
      );
    }
  }

  /** The database as it is now, sealed by the worker. The exported image moves to the worker. */
  private sealCurrentState(): Promise<Uint8Array> {
    const plaintext = this.writable.export();
    // sql.js reopens the database inside export(), which resets per-connection settings.
    this.writable.exec('PRAGMA foreign_keys = ON');
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
   * backed-up one) opens with the old passphrase only to what it held then. A recovery key shown
   * and not yet typed back is made again for the new keys, so typing it back keeps this passphrase.
   * See `changeKeys`.
   */
  changePassphrase(current: string, next: string): Promise<KeyChangeOutcome> {
    return this.changeKeys(() => this.engines.crypto.changePassphrase(current, next, this.kdfParams));
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
  confirmRecoveryKey(typed: string): Promise<KeyChangeOutcome> {
    return this.changeKeys(() => this.engines.crypto.confirmRecoveryKey(typed));
  }

  async cancelRecoveryKey(): Promise<void> {
    if (this.isOpen) await this.engines.crypto.cancelRecoveryKey();
  }

  /**
   * New keys without a recovery slot: the recovery key stops working, old copies included. A
   * recovery key shown and not yet typed back is withdrawn too.
   */
  removeRecoveryKey(passphrase: string): Promise<KeyChangeOutcome> {
    return this.changeKeys(() => this.engines.crypto.removeRecoveryKey(passphrase, this.kdfParams));
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
   * A key change, crash-safe at every step, one at a time (between saves). The worker makes the new
   * keys and keeps the old data key; a note beside the vault names the old key slots and keeps the
   * old data key sealed under the new one; the vault is saved under the new keys (atomically: a kill
   * leaves it under exactly one set); every backup is re-sealed under them; then the note and the
   * old key go. If the save fails the old keys come back (and a recovery key shown before, with
   * them). If a kill stops it after the save, the next unlock re-seals the backups it had not reached
   * (`finishInterruptedKeyChange`). No backup is ever removed: one that cannot be re-sealed is kept
   * as it is and named in the outcome.
   */
  private changeKeys(start: () => Promise<KeysChanged>, { saveFirst = true } = {}): Promise<KeyChangeOutcome> {
    return this.betweenSaves(
      async () => {
        const { crypto } = this.engines;
        const changed = await start();
        try {
          await noteKeyChange(
            this.vaultPath,
            changed.previousKeySlots,
            changed.previousKeyNote,
            this.options.fileSystem,
          );
          this.changeCount++;
          await this.saveIfChanged();
        } catch (error) {
          await crypto.keyChangeFailed();
          await keyChangeFinished(this.vaultPath).catch(() => undefined);
          throw describeSaveFailure(error);
        }
        this.recoveryKeyHeld = changed.opensWith.recoveryKey !== 'none';
        const resealed = await this.resealBackups(await listBackups(this.vaultPath));
        if (!resealed.toRetry) await keyChangeFinished(this.vaultPath);
        await crypto.keyChangeSaved();
        return { ...changed.opensWith, backupsNotResealed: resealed.notResealed.map((file) => path.basename(file)) };
      },
      { saveFirst },
    );
  }

  /**
   * Re-seals `backups` under the held keys; the worker opens each with the held key or the previous
   * one. One that opens with neither (damaged, or from before an earlier change) or cannot be written
   * is kept as it is and listed; `toRetry` says a write failed, so the key-change note must stay for
   * the next unlock to try again.
   */
  private async resealBackups(backups: string[]): Promise<{ notResealed: string[]; toRetry: boolean }> {
    const fileSystem = this.options.fileSystem ?? nodeSaveFileSystem;
    const notResealed: string[] = [];
    let toRetry = false;
    for (const backup of backups) {
      let resealed: Uint8Array;
      try {
        resealed = await this.engines.crypto.reseal(new Uint8Array(await fs.readFile(backup)));
      } catch {
        notResealed.push(backup);
        continue;
      }
      try {
        await writeFileAtomically(backup, resealed, fileSystem);
      } catch {
        notResealed.push(backup);
        toRetry = true;
      }
    }
    return { notResealed, toRetry };
  }

  /**
   * Right after an unlock: finishes a key change a kill interrupted (see `keyChangeMarkerPath`).
   * When the vault was saved under the new keys, the backups still under the old ones are re-sealed
   * with the old data key the note keeps (sealed under the key just unlocked). Resolves with the
   * backups that had to stay under the old keys (the note could not be opened, or a write failed).
   */
  private async finishInterruptedKeyChange(): Promise<string[]> {
    const note = await readKeyChangeNote(this.vaultPath);
    if (!note) return [];
    const vaultSlots = await keySlotsDigestOf(this.vaultPath);
    // The save under the new keys never happened: every backup is under the vault's keys.
    const left =
      vaultSlots === note.previousKeySlots ? [] : await backupsSealedWith(this.vaultPath, note.previousKeySlots);
    if (left.length === 0) {
      await keyChangeFinished(this.vaultPath);
      return [];
    }
    const { crypto } = this.engines;
    const adopted =
      note.previousKey !== undefined &&
      (await crypto.adoptPreviousKey(note.previousKey).then(
        () => true,
        () => false,
      ));
    if (!adopted) {
      // Not sealed for this vault's keys (or from an older Waypoint): kept, and the person is told.
      await keyChangeFinished(this.vaultPath);
      return left;
    }
    try {
      const { notResealed, toRetry } = await this.resealBackups(left);
      if (!toRetry) await keyChangeFinished(this.vaultPath);
      return notResealed;
    } finally {
      await crypto.keyChangeSaved();
    }
  }

  /** Backups an interrupted key change left under an earlier key that this unlock could not re-seal. */
  get backupsLeftUnderEarlierKeys(): string[] {
    return this.leftUnderEarlierKeys;
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

  /**
   * Removes a backup that does not open with the vault's key (damaged, or left under an earlier
   * passphrase), once the person has chosen to. One that opens is never removed here.
   */
  removeBackupThatDoesNotOpen(backupPath: string): Promise<void> {
    return this.betweenSaves(
      async () => {
        const bytes = await fs.readFile(backupPath).catch(() => undefined);
        if (bytes) {
          const opens = await this.engines.crypto.openSealed(new Uint8Array(bytes)).then(
            (plaintext) => {
              wipePlaintext(plaintext);
              return true;
            },
            () => false,
          );
          if (opens) {
            throw new VaultError('CONFLICT', 'That backup opens with my passphrase, so Waypoint keeps it.');
          }
        }
        await fs.rm(backupPath, { force: true });
      },
      { saveFirst: false },
    );
  }

  private async countCheckInsIn(file: Uint8Array): Promise<number | undefined> {
    let plaintext: Uint8Array;
    try {
      plaintext = await this.engines.crypto.openSealed(file);
    } catch {
      return undefined;
    }
    let db: WritableDatabase | undefined;
    try {
      db = writableDatabase(new this.engines.sqlite.SQL.Database(plaintext));
      const hasTable = selectRow(db, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'checkins'", [], {
        n: 'integer',
      });
      if (!hasTable?.n) return 0;
      return selectRow(db, 'SELECT count(*) AS n FROM checkins', [], { n: 'integer' })?.n ?? 0;
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
      let restored: WritableDatabase;
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
   * in memory like the file and returned (for `VaultSession.open` at the next unlock) with the
   * vault's lock, which stays held until then, so no other program changes the vault under them.
   * Either way the data key is zeroed and the database closed; with nothing unsaved, the lock is released.
   */
  async closeSealingUnsaved(): Promise<SealedUnsavedChanges | undefined> {
    if (!this.database) return undefined;
    await this.abortSlicedChange();
    let unsaved: SealedUnsavedChanges | undefined;
    try {
      await this.flush();
    } catch (error) {
      unsaved = {
        bytes: await this.sealCurrentState(),
        reason: error instanceof VaultError ? error : describeSaveFailure(error),
        lockedAt: this.now(),
        onDisk: this.onDisk,
        lock: this.lock,
      };
    } finally {
      await this.forget({ keepLock: unsaved !== undefined });
    }
    return unsaved;
  }

  /**
   * Closes the database, ends the crypto worker, zeroes SQLite's heap and releases the file lock
   * (unless `keepLock`: the caller holds on to it, for changes sealed at a lock).
   */
  async forget({ keepLock = false } = {}): Promise<void> {
    await this.abortSlicedChange();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.backupTask;
    this.database?.close();
    this.database = undefined;
    await stopEngines(this.engines);
    if (!keepLock) await this.lock.release();
  }
}

const slicedChangeRunning = () =>
  new VaultError('CONFLICT', 'Waypoint is still bringing in check-ins; make this change when that has finished.');

function openDatabaseImage(SQL: PrivateSqlite['SQL'], image: Uint8Array): WritableDatabase {
  let db: WritableDatabase;
  try {
    db = writableDatabase(new SQL.Database(image));
    db.exec('PRAGMA foreign_keys = ON');
    const check = selectRow(db, 'PRAGMA quick_check', [], { quick_check: 'text' })?.quick_check;
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
