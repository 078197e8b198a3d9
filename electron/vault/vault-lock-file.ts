import * as fs from 'node:fs/promises';
import os from 'node:os';
import { nodeSaveFileSystem, writeFailureReason, type SaveFileSystem } from './atomic-write';
import { VaultError } from './vault-error';

/** Who holds a vault: written into `<vault>.lock` so the other side can say who it is waiting for. */
export interface VaultLockOwner {
  pid: number;
  hostname: string;
  program: 'app' | 'cli';
  since: string;
}

export interface VaultLock {
  release(): Promise<void>;
}

export function lockFilePath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

function processIsAlive(pid: number): boolean {
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
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string') return owner as VaultLockOwner;
  } catch {
    // Unreadable or half-written: treated as no owner information.
  }
  return undefined;
}

function isStale(owner: VaultLockOwner | undefined): boolean {
  // A lock we cannot read, or one whose process on this machine is gone, was left by a crash.
  if (!owner) return true;
  return owner.hostname === os.hostname() && !processIsAlive(owner.pid);
}

function describeOwner(owner: VaultLockOwner): string {
  const who = owner.program === 'cli' ? "Waypoint's command-line tool" : 'Another Waypoint window';
  return `${who} (process ${owner.pid}) is using this vault. Close it, then try again.`;
}

/**
 * One writer per vault, shared by the app and the CLI. Created with O_EXCL so two processes can
 * never both believe they hold it; a lock left behind by a dead process is taken over.
 */
export async function acquireVaultLock(
  vaultPath: string,
  program: VaultLockOwner['program'],
  fileSystem: Pick<SaveFileSystem, 'open' | 'write'> = nodeSaveFileSystem,
): Promise<VaultLock> {
  const file = lockFilePath(vaultPath);
  const owner: VaultLockOwner = { pid: process.pid, hostname: os.hostname(), program, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
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
      return {
        release: async () => {
          const current = await readOwner(file);
          if (current?.pid === owner.pid && current.since === owner.since) await fs.unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readOwner(file);
      if (holder && !isStale(holder)) throw new VaultError('VAULT_BUSY', describeOwner(holder));
      if (!holder) {
        // Give a writer that has just created the file a moment to fill it in.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const again = await readOwner(file);
        if (again && !isStale(again)) throw new VaultError('VAULT_BUSY', describeOwner(again));
      }
      await fs.unlink(file).catch(() => undefined);
    }
  }
  throw new VaultError('VAULT_BUSY', 'Another program is using this vault. Close it, then try again.');
}
