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

export interface AcquireOptions {
  /** The person chose "Open anyway" (`--force-unlock`): a holder that cannot be confirmed is replaced. */
  force?: boolean;
  fileSystem?: Pick<SaveFileSystem, 'open' | 'write'>;
}

export function lockFilePath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

/** The file that gives one process the right to replace a stale lock, named after that lock. */
const claimFilePath = (vaultPath: string, stale: VaultLockOwner | undefined): string =>
  `${lockFilePath(vaultPath)}.claim-${stale?.token ?? 'unreadable'}`;

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

async function readOwner(file: string): Promise<VaultLockOwner | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<VaultLockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string') {
      // Lock files written before tokens existed are told apart by their start time.
      return { token: `${owner.pid}-${owner.since ?? ''}`, ...owner } as VaultLockOwner;
    }
  } catch {
    // Unreadable or half-written: treated as no owner information.
  }
  return undefined;
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
  const where = owner.program === 'cli' ? '' : ' in another window';
  return new VaultError(
    'VAULT_BUSY',
    `${programName(owner)} is already using this vault${where} (process ${owner.pid}). Close it there, then try again.`,
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

const ownedBy = (a: VaultLockOwner | undefined, b: VaultLockOwner): boolean => a?.token === b.token;

/** Writes `owner` into a new file at `file`; EEXIST if one is there. Never leaves an empty file. */
async function createWithOwner(
  file: string,
  owner: VaultLockOwner,
  fileSystem: Pick<SaveFileSystem, 'open' | 'write'>,
): Promise<void> {
  const handle = await fileSystem.open(file, 'wx', 0o600);
  try {
    await fileSystem.write(handle, new TextEncoder().encode(JSON.stringify(owner)));
  } catch (error) {
    // An empty lock file would block the next try: remove it, and say what went wrong.
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw new VaultError(
      'SAVE_FAILED',
      `Waypoint could not open the vault because ${writeFailureReason(error, 'the vault folder')}: it needs a little room to mark the vault as in use. Free some space, then try again. Nothing was changed.`,
      { cause: error },
    );
  }
  await handle.close();
}

/**
 * Replaces the stale lock `stale` (as read) by ours, atomically. Of any number of processes that
 * saw the same stale lock, exactly one gets its claim file (exclusive create); that one checks the
 * lock still holds what it judged stale and renames a file with its own owner over it. The lock
 * file exists throughout, so nobody can create a fresh one meanwhile. Returns false when another
 * process got there first.
 */
async function takeOver(
  vaultPath: string,
  stale: VaultLockOwner | undefined,
  owner: VaultLockOwner,
  fileSystem: Pick<SaveFileSystem, 'open' | 'write'>,
): Promise<boolean> {
  const lockFile = lockFilePath(vaultPath);
  const claim = claimFilePath(vaultPath, stale);
  try {
    await createWithOwner(claim, owner, fileSystem);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A claim left by a process that died mid-takeover is removed; the next try can claim.
    const claimant = await readOwner(claim);
    if (!claimant || (await holderState(claimant)) === 'gone') await fs.unlink(claim).catch(() => undefined);
    return false;
  }
  try {
    const current = await readOwner(lockFile);
    const stillStale = stale ? ownedBy(current, stale) : current === undefined;
    if (!stillStale) return false;
    const incoming = siblingName(lockFile, 'tmp');
    await createWithOwner(incoming, owner, fileSystem);
    await fs.rename(incoming, lockFile).catch(async (error: unknown) => {
      await fs.unlink(incoming).catch(() => undefined);
      throw error;
    });
    return true;
  } finally {
    await fs.unlink(claim).catch(() => undefined);
  }
}

/**
 * One writer per vault, shared by the app and the CLI. The lock file is created with O_EXCL, so
 * two processes can never both create it; a lock whose holder is gone (no such process here, or its
 * PID reused by another program) is taken over atomically (`takeOver`). A holder that cannot be
 * confirmed (another computer, or a process whose start is unknown) is replaced only with `force`.
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
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await createWithOwner(file, owner, fileSystem);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = await readOwner(file);
    if (!holder) {
      // Give a writer that has just created the file a moment to fill it in.
      await new Promise((resolve) => setTimeout(resolve, 50));
      holder = await readOwner(file);
    }
    if (holder) {
      const state = await holderState(holder);
      if (state === 'alive') throw busy(holder);
      if (state === 'unconfirmed' && !options.force) throw unconfirmed(holder);
    }
    if (await takeOver(vaultPath, holder, owner, fileSystem)) return lock;
    // Someone else took it over, or released it: look again.
  }
  throw new VaultError('VAULT_BUSY', 'Another program keeps taking this vault. Close it, then try again.');
}
