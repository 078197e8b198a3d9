import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { nodeSaveFileSystem, siblingName, writeFailureReason, type SaveFileSystem } from './atomic-write';
import { VaultError } from './vault-error';

/** Who holds a vault: written into `<vault>.lock` so the other side can say who it is waiting for. */
export interface VaultLockOwner {
  pid: number;
  hostname: string;
  program: 'app' | 'cli';
  since: string;
  /**
   * When the holding process started, as this machine's boot and the process's start tick
   * (`<boot id>:<start tick>`, Linux). A live process with the same PID but another start is a
   * different program that reused the PID. Absent where the system does not tell.
   */
  processStart?: string;
  /** Random, so two holders in one process (or a PID reused) are never taken for each other. */
  token: string;
}

export interface VaultLock {
  release(): Promise<void>;
}

/** The file-system calls that write a lock, as a port so tests can fail or stall each of them. */
type LockFileSystem = Pick<SaveFileSystem, 'open' | 'write' | 'fsync' | 'link' | 'unlink'>;

export interface AcquireOptions {
  /**
   * The person chose "Open anyway" (`--force-unlock`): a holder that cannot be confirmed, or a lock
   * file that names none, is replaced.
   */
  force?: boolean;
  fileSystem?: LockFileSystem;
}

export function lockFilePath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

/** What a lock (or claim) file says: its owner, `unreadable` (empty, garbled), or `missing` (no such file). */
type LockContent = VaultLockOwner | 'unreadable' | 'missing';

/** The file that gives one process the right to replace a stale lock, named after that lock. */
const claimFilePath = (vaultPath: string, stale: LockContent): string =>
  `${lockFilePath(vaultPath)}.claim-${typeof stale === 'string' ? stale : stale.token}`;

async function readText(file: string): Promise<string | undefined> {
  return fs.readFile(file, 'utf8').catch(() => undefined);
}

/** This process's start on this machine (Linux), or undefined. */
async function processStartOf(pid: number): Promise<string | undefined> {
  const [bootId, stat] = await Promise.all([
    readText('/proc/sys/kernel/random/boot_id'),
    readText(`/proc/${pid}/stat`),
  ]);
  if (!bootId || !stat) return undefined;
  // The command name is in parentheses and may hold spaces; the start tick is the 20th field after it.
  const startTick = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return startTick ? `${bootId.trim()}:${startTick}` : undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockContent> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as Partial<VaultLockOwner> | null;
    if (typeof owner?.pid === 'number' && typeof owner.hostname === 'string') {
      // Lock files written before tokens existed are told apart by their start time.
      return { token: `${owner.pid}-${owner.since ?? ''}`, ...owner } as VaultLockOwner;
    }
  } catch {
    // Empty, garbled or half-written (by an older Waypoint): it names no owner.
  }
  return 'unreadable';
}

/**
 * What a lock's holder is now: `alive` (running here and the same process that wrote the lock),
 * `gone` (no such process here, or the PID now belongs to another program), or `unconfirmed`
 * (another computer, or a live PID whose start this system does not tell).
 */
async function holderState(owner: VaultLockOwner): Promise<'alive' | 'gone' | 'unconfirmed'> {
  if (owner.hostname !== os.hostname()) return 'unconfirmed';
  if (!processExists(owner.pid)) return 'gone';
  if (!owner.processStart) return owner.pid === process.pid ? 'alive' : 'unconfirmed';
  const now = await processStartOf(owner.pid);
  if (now === undefined) return 'unconfirmed';
  return now === owner.processStart ? 'alive' : 'gone';
}

function programName(owner: VaultLockOwner): string {
  return owner.program === 'cli' ? "Waypoint's command-line tool" : 'Waypoint';
}

function busy(owner: VaultLockOwner): VaultError {
  if (owner.program === 'cli') {
    return new VaultError(
      'VAULT_BUSY',
      `${programName(owner)} is already using this vault (process ${owner.pid}). Let it finish, then try again.`,
    );
  }
  // The app holds its vault while it is unlocked, and while locked with changes it could not save yet.
  return new VaultError(
    'VAULT_BUSY',
    `Waypoint is already using this vault (process ${owner.pid}): it is unlocked there, or it locked while keeping changes it could not save yet. Unlock Waypoint to save them, or quit it, then try again.`,
  );
}

function unconfirmed(owner: VaultLockOwner): VaultError {
  const since = new Date(owner.since);
  const when = Number.isNaN(since.getTime())
    ? ''
    : ` since ${since.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
  if (owner.hostname !== os.hostname()) {
    return new VaultError(
      'VAULT_LOCK_UNCONFIRMED',
      `This vault is marked as in use by ${programName(owner)} on another computer ("${owner.hostname}")${when}. If Waypoint is not open there (for example, the vault is in a synced folder and that computer was switched off with Waypoint open), you can open it anyway. Opening it in two places at once can lose changes.`,
    );
  }
  return new VaultError(
    'VAULT_LOCK_UNCONFIRMED',
    `This vault is marked as in use by process ${owner.pid} on this computer${when}, and Waypoint cannot tell whether that process is Waypoint. If no other Waypoint window or command is open, you can open it anyway.`,
  );
}

/** A lock file that names no holder: whoever made it cannot be proven gone. */
function unidentified(): VaultError {
  return new VaultError(
    'VAULT_LOCK_UNCONFIRMED',
    'This vault is marked as in use by a program Waypoint cannot identify. If no other Waypoint window or command is open, you can open it anyway. Opening it in two places at once can lose changes.',
  );
}

const ownedBy = (content: LockContent, owner: VaultLockOwner): boolean =>
  typeof content !== 'string' && content.token === owner.token;

/**
 * Writes `owner` through `handle` (a file just created with O_EXCL) and fsyncs it, so a lock linked
 * into place afterwards names its owner even after a power cut. The handle is closed either way;
 * on failure the caller removes the file.
 */
async function writeOwner(handle: fs.FileHandle, owner: VaultLockOwner, fileSystem: LockFileSystem): Promise<void> {
  try {
    try {
      await fileSystem.write(handle, new TextEncoder().encode(JSON.stringify(owner)));
      await fileSystem.fsync(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new VaultError(
      'SAVE_FAILED',
      `Waypoint could not open the vault because ${writeFailureReason(error, 'the vault folder')}: it needs a little room to mark the vault as in use. Free some space, then try again. Nothing was changed.`,
      { cause: error },
    );
  }
}

/**
 * A complete temp file holding `owner`, beside the vault's lock and named like the temp files an
 * open clears (`<vault>.lock.tmp-…`). On failure none is left.
 */
async function ownerTempFile(vaultPath: string, owner: VaultLockOwner, fileSystem: LockFileSystem): Promise<string> {
  const temp = siblingName(lockFilePath(vaultPath), 'tmp');
  const handle = await fileSystem.open(temp, 'wx', 0o600);
  try {
    await writeOwner(handle, owner, fileSystem);
  } catch (error) {
    await fileSystem.unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

/**
 * Creates `file` holding `owner`, complete from the moment anyone can see it: the owner is written
 * to a temp file first, which is then linked to `file` (EEXIST if one is there: of two racers exactly
 * one wins). Leaves no temp file, whatever fails.
 */
async function createWithOwner(
  vaultPath: string,
  file: string,
  owner: VaultLockOwner,
  fileSystem: LockFileSystem,
): Promise<void> {
  const temp = await ownerTempFile(vaultPath, owner, fileSystem);
  try {
    await fileSystem.link(temp, file);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    // No hard links on this file system (FAT, some network shares), or an open cleared the temp
    // file away: create the file itself, below.
  } finally {
    await fileSystem.unlink(temp).catch(() => undefined);
  }
  // Here the file is empty for a moment; others refuse it as unidentified, never take it over.
  const handle = await fileSystem.open(file, 'wx', 0o600);
  try {
    await writeOwner(handle, owner, fileSystem);
  } catch (error) {
    // Remove what we left, unless "Open anyway" elsewhere has replaced it meanwhile.
    const now = await readOwner(file);
    if (now === 'unreadable' || ownedBy(now, owner)) await fileSystem.unlink(file).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces the stale lock `stale` (as read: a gone holder, or, with `force`, an unconfirmed one or
 * none) by ours, atomically. Of any number of processes that saw the same stale lock, exactly one
 * gets its claim file (created like the lock: complete, exclusively); that one checks the lock
 * still holds what it judged stale and renames a complete file with its own owner over it. The
 * lock file exists throughout, so nobody can create a fresh one meanwhile. Returns false when
 * another process got there first.
 */
async function takeOver(
  vaultPath: string,
  stale: VaultLockOwner | 'unreadable',
  owner: VaultLockOwner,
  options: { force: boolean; fileSystem: LockFileSystem },
): Promise<boolean> {
  const { fileSystem } = options;
  const lockFile = lockFilePath(vaultPath);
  const claim = claimFilePath(vaultPath, stale);
  try {
    await createWithOwner(vaultPath, claim, owner, fileSystem);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A claim left by a process that died mid-takeover is removed; the next try can claim. One
    // that names nobody (an older Waypoint's) cannot be proven abandoned: only "Open anyway" clears it.
    const claimant = await readOwner(claim);
    if (claimant === 'unreadable' && !options.force) throw unidentified();
    if (claimant === 'unreadable' || (claimant !== 'missing' && (await holderState(claimant)) === 'gone')) {
      await fileSystem.unlink(claim).catch(() => undefined);
    }
    return false;
  }
  try {
    const current = await readOwner(lockFile);
    const stillStale = stale === 'unreadable' ? current === 'unreadable' : ownedBy(current, stale);
    if (!stillStale) return false;
    const incoming = await ownerTempFile(vaultPath, owner, fileSystem);
    await fs.rename(incoming, lockFile).catch(async (error: unknown) => {
      await fileSystem.unlink(incoming).catch(() => undefined);
      throw error;
    });
    return true;
  } finally {
    await fileSystem.unlink(claim).catch(() => undefined);
  }
}

/**
 * One writer per vault, shared by the app and the CLI. The lock file appears complete or not at all
 * (`createWithOwner`: a temp file linked into place), so two processes can never both create it and
 * nobody ever sees it empty; a lock whose holder is provably gone (no such process here, or its PID
 * reused by another program) is taken over atomically (`takeOver`). A holder that cannot be
 * confirmed (another computer, a process whose start is unknown, or a lock file that names nobody)
 * is replaced only with `force`: however long a writer takes, it is never taken for gone.
 */
export async function acquireVaultLock(
  vaultPath: string,
  program: VaultLockOwner['program'],
  options: AcquireOptions = {},
): Promise<VaultLock> {
  const fileSystem = options.fileSystem ?? nodeSaveFileSystem;
  const file = lockFilePath(vaultPath);
  const processStart = await processStartOf(process.pid);
  const owner: VaultLockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    program,
    since: new Date().toISOString(),
    ...(processStart ? { processStart } : {}),
    token: randomBytes(12).toString('hex'),
  };
  const lock: VaultLock = {
    release: async () => {
      if (ownedBy(await readOwner(file), owner)) await fs.unlink(file).catch(() => undefined);
    },
  };
  const force = options.force ?? false;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await createWithOwner(vaultPath, file, owner, fileSystem);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(file);
    // Released meanwhile: create it again.
    if (holder === 'missing') continue;
    if (holder === 'unreadable') {
      if (!force) throw unidentified();
    } else {
      const state = await holderState(holder);
      if (state === 'alive') throw busy(holder);
      if (state === 'unconfirmed' && !force) throw unconfirmed(holder);
    }
    if (await takeOver(vaultPath, holder, owner, { force, fileSystem })) return lock;
    // Someone else took it over, or released it: look again.
  }
  throw new VaultError('VAULT_BUSY', 'Another program keeps taking this vault. Close it, then try again.');
}
