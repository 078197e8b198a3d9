import type { FileHandle } from 'node:fs/promises';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import {
  acquireVaultLock,
  lockFilePath,
  type VaultLock,
  type VaultLockOwner,
} from '../../../electron/vault/vault-lock-file';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();
/** Above Linux's largest PID (2^22), so no process ever has it. */
const deadPid = 2 ** 22 + 12345;

async function vaultWithLock(owner: Partial<VaultLockOwner> | string): Promise<string> {
  const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
  const text =
    typeof owner === 'string'
      ? owner
      : JSON.stringify({ hostname: os.hostname(), program: 'app', since: '2026-11-20T09:00:00.000Z', ...owner });
  await writeFile(lockFilePath(vaultPath), text);
  return vaultPath;
}

const holderOf = async (vaultPath: string): Promise<VaultLockOwner> =>
  JSON.parse(await readFile(lockFilePath(vaultPath), 'utf8')) as VaultLockOwner;

function failureOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  return promise.then(
    () => ({}),
    (error: { code?: string; message?: string }) => error,
  );
}

const unidentifiedHolder =
  'This vault is marked as in use by a program Waypoint cannot identify. If no other Waypoint window or command is open, you can open it anyway. Opening it in two places at once can lose changes.';

const failWith = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

/** A file system without hard links (FAT, some network shares), as Linux reports it. */
const withoutHardLinks: SaveFileSystem = { ...nodeSaveFileSystem, link: failWith('EPERM') };

/**
 * `fileSystem` with every write to a file `stalls` picks held until `resume()`: a slow network
 * share, with no real waiting. `stalled` resolves when such a write has begun.
 */
function stallingWrites(fileSystem: SaveFileSystem, stalls: (file: string) => boolean) {
  let resume!: () => void;
  let writeBegun!: () => void;
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  const stalled = new Promise<void>((resolve) => (writeBegun = resolve));
  const heldHandles = new WeakSet<FileHandle>();
  const stalling: SaveFileSystem = {
    ...fileSystem,
    open: async (file, flags, mode) => {
      const handle = await fileSystem.open(file, flags, mode);
      if (stalls(file)) heldHandles.add(handle);
      return handle;
    },
    write: async (handle, bytes) => {
      if (heldHandles.has(handle)) {
        writeBegun();
        await resumed;
      }
      return fileSystem.write(handle, bytes);
    },
  };
  return { fileSystem: stalling, stalled, resume };
}

describe('the vault lock file', () => {
  it('records the host, the PID, the program and, where the system tells, when the process started', async () => {
    const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
    const lock = await acquireVaultLock(vaultPath, 'cli');
    const holder = await holderOf(vaultPath);
    expect(holder).toMatchObject({ pid: process.pid, hostname: os.hostname(), program: 'cli' });
    expect(holder.token).toMatch(/^[0-9a-f]{24}$/);
    if (process.platform === 'linux') expect(holder.processStart).toMatch(/^[0-9a-f-]{36}:\d+$/);
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it('of 5 processes taking over one dead holder’s lock at once, exactly one holds it, 30 times out of 30', async () => {
    for (let round = 0; round < 30; round++) {
      const vaultPath = await vaultWithLock({ pid: deadPid, token: `dead-${round}` });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, () => acquireVaultLock(vaultPath, round % 2 ? 'app' : 'cli')),
      );
      const holders = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(holders).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'VAULT_BUSY' });
      }
      await (holders[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
      // Nothing is left: no lock, no claim, no temp file.
      expect(await readdir(path.dirname(vaultPath))).toEqual([]);
    }
  });

  it('a PID now used by another program is not the holder: its lock is taken over', async () => {
    const vaultPath = await vaultWithLock({ pid: process.ppid, processStart: 'another-boot:1', token: 'reused' });
    const lock = await acquireVaultLock(vaultPath, 'app');
    expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('a live Waypoint holder is named, and never replaced, even by "Open anyway"', async () => {
    const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
    const app = await acquireVaultLock(vaultPath, 'app');
    const failure = await failureOf(acquireVaultLock(vaultPath, 'cli', { force: true }));
    expect(failure).toMatchObject({ code: 'VAULT_BUSY' });
    expect(failure.message).toBe(
      `Waypoint is already using this vault (process ${process.pid}): it is unlocked there, or it locked while keeping changes it could not save yet. Unlock Waypoint to save them, or quit it, then try again.`,
    );
    await app.release();
    const cli = await acquireVaultLock(vaultPath, 'cli');
    expect((await failureOf(acquireVaultLock(vaultPath, 'app'))).message).toMatch(
      /^Waypoint's command-line tool is already using this vault \(process \d+\)/,
    );
    await cli.release();
  });

  it('a lock from another computer is not taken over on its own: the message names the computer, and "Open anyway" replaces it', async () => {
    const vaultPath = await vaultWithLock({ pid: process.pid, hostname: 'old-laptop', token: 'elsewhere' });
    const failure = await failureOf(acquireVaultLock(vaultPath, 'app'));
    expect(failure.code).toBe('VAULT_LOCK_UNCONFIRMED');
    expect(failure.message).toMatch(
      /in use by Waypoint on another computer \("old-laptop"\) since .*you can open it anyway/,
    );
    expect(await holderOf(vaultPath)).toMatchObject({ hostname: 'old-laptop' });
    const lock = await acquireVaultLock(vaultPath, 'app', { force: true });
    expect(await holderOf(vaultPath)).toMatchObject({ hostname: os.hostname(), pid: process.pid });
    await lock.release();
  });

  it('a live process that cannot be confirmed as Waypoint is named by its PID, and "Open anyway" replaces it', async () => {
    // An old lock file: no start time, held by a live process that is not this one.
    const vaultPath = await vaultWithLock({ pid: process.ppid });
    const failure = await failureOf(acquireVaultLock(vaultPath, 'cli'));
    expect(failure.code).toBe('VAULT_LOCK_UNCONFIRMED');
    expect(failure.message).toMatch(new RegExp(`in use by process ${process.ppid} on this computer`));
    const lock = await acquireVaultLock(vaultPath, 'cli', { force: true });
    await lock.release();
  });

  it('a claim left by a takeover that died does not block the next one', async () => {
    const vaultPath = await vaultWithLock({ pid: deadPid, token: 'stale' });
    await writeFile(
      `${lockFilePath(vaultPath)}.claim-stale`,
      JSON.stringify({ pid: deadPid, hostname: os.hostname() }),
    );
    const lock = await acquireVaultLock(vaultPath, 'app');
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it('a lock left by a process that no longer exists is taken over without asking', async () => {
    const vaultPath = await vaultWithLock({ pid: deadPid, processStart: 'some-boot:42', token: 'dead' });
    const lock = await acquireVaultLock(vaultPath, 'cli');
    expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid, program: 'cli' });
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['half-written by an older Waypoint', '{"pid": 12'],
    ['not Waypoint’s', 'locked by backup tool'],
  ])(
    'a lock file that names no holder (%s) is refused as unidentified, and replaced only by "Open anyway"',
    async (_kind, text) => {
      const vaultPath = await vaultWithLock(text);
      const failure = await failureOf(acquireVaultLock(vaultPath, 'app'));
      expect(failure).toMatchObject({ code: 'VAULT_LOCK_UNCONFIRMED', message: unidentifiedHolder });
      expect(await readFile(lockFilePath(vaultPath), 'utf8')).toBe(text);

      const lock = await acquireVaultLock(vaultPath, 'app', { force: true });
      expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid, program: 'app' });
      await lock.release();
      expect(await readdir(path.dirname(vaultPath))).toEqual([]);
    },
  );

  it('an empty claim left by an older Waypoint is not taken for an abandoned one: only "Open anyway" clears it', async () => {
    const vaultPath = await vaultWithLock({ pid: deadPid, token: 'stale' });
    await writeFile(`${lockFilePath(vaultPath)}.claim-stale`, '');
    const failure = await failureOf(acquireVaultLock(vaultPath, 'app'));
    expect(failure).toMatchObject({ code: 'VAULT_LOCK_UNCONFIRMED', message: unidentifiedHolder });
    const lock = await acquireVaultLock(vaultPath, 'app', { force: true });
    expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it('a writer whose lock write stalls is never overtaken: the lock appears only complete, and of two openers exactly one ever holds it', async () => {
    const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
    const slowShare = stallingWrites(nodeSaveFileSystem, () => true);
    const slow = acquireVaultLock(vaultPath, 'app', { fileSystem: slowShare.fileSystem });
    const slowOutcome = failureOf(slow);
    await slowShare.stalled;

    // While the slow writer is stalled, nothing anyone could take for a lock is there yet.
    expect((await readdir(path.dirname(vaultPath))).filter((name) => !name.includes('.tmp-'))).toEqual([]);
    const other = await acquireVaultLock(vaultPath, 'cli');
    const otherHolder = await holderOf(vaultPath);
    expect(otherHolder).toMatchObject({ program: 'cli' });

    slowShare.resume();
    // The slow writer then finds the vault in use, and the lock still names the other.
    expect(await slowOutcome).toMatchObject({
      code: 'VAULT_BUSY',
      message: expect.stringContaining("Waypoint's command-line tool is already using this vault"),
    });
    expect(await holderOf(vaultPath)).toEqual(otherHolder);
    await other.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it('where the file system has no hard links, a writer whose lock write stalls is not overtaken: others are refused until it finishes, then it alone holds the lock', async () => {
    const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
    const slowShare = stallingWrites(withoutHardLinks, (file) => file === lockFilePath(vaultPath));
    const slow = acquireVaultLock(vaultPath, 'app', { fileSystem: slowShare.fileSystem });
    await slowShare.stalled;

    // The lock file is there but still empty: whoever wrote it cannot be proven gone.
    expect(await readFile(lockFilePath(vaultPath), 'utf8')).toBe('');
    for (const fileSystem of [nodeSaveFileSystem, withoutHardLinks]) {
      expect(await failureOf(acquireVaultLock(vaultPath, 'cli', { fileSystem }))).toMatchObject({
        code: 'VAULT_LOCK_UNCONFIRMED',
        message: unidentifiedHolder,
      });
    }

    slowShare.resume();
    const lock = await slow;
    expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid, program: 'app' });
    expect(await failureOf(acquireVaultLock(vaultPath, 'cli'))).toMatchObject({ code: 'VAULT_BUSY' });
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);
  });

  it('the lock file is complete and readable only by its owner from the moment it exists, with or without hard links', async () => {
    for (const fileSystem of [nodeSaveFileSystem, withoutHardLinks]) {
      const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
      const lock = await acquireVaultLock(vaultPath, 'app', { fileSystem });
      expect(await holderOf(vaultPath)).toMatchObject({ pid: process.pid, program: 'app' });
      if (process.platform !== 'win32') expect((await stat(lockFilePath(vaultPath))).mode & 0o777).toBe(0o600);
      // No temp file is left beside it.
      expect(await readdir(path.dirname(vaultPath))).toEqual([path.basename(lockFilePath(vaultPath))]);
      await lock.release();
    }
  });

  it.each([
    ['write', 'with hard links', nodeSaveFileSystem],
    ['fsync', 'with hard links', nodeSaveFileSystem],
    ['write', 'without hard links', withoutHardLinks],
  ] as const)(
    'a full disk while marking the vault as in use (%s, %s) says so and leaves no lock file and no temp file',
    async (step, _where, base) => {
      const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
      const fullDisk: SaveFileSystem = { ...base, [step]: failWith('ENOSPC') };
      expect(await failureOf(acquireVaultLock(vaultPath, 'app', { fileSystem: fullDisk }))).toMatchObject({
        code: 'SAVE_FAILED',
        message: expect.stringContaining('the disk is full: it needs a little room to mark the vault as in use'),
      });
      expect(await readdir(path.dirname(vaultPath))).toEqual([]);
      // Nothing blocks the next try.
      const lock = await acquireVaultLock(vaultPath, 'app');
      await lock.release();
    },
  );

  it('of two processes opening a vault at once, exactly one holds the lock, 30 times out of 30, with or without hard links', async () => {
    for (let round = 0; round < 30; round++) {
      const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
      const fileSystems = [nodeSaveFileSystem, round % 2 ? withoutHardLinks : nodeSaveFileSystem];
      const outcomes = await Promise.allSettled(
        fileSystems.map((fileSystem, index) => acquireVaultLock(vaultPath, index ? 'cli' : 'app', { fileSystem })),
      );
      const holders = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(holders).toHaveLength(1);
      const loser = outcomes.find((outcome) => outcome.status === 'rejected');
      // Refused as in use, or (without hard links, in the instant the lock is still empty) unidentified.
      expect(['VAULT_BUSY', 'VAULT_LOCK_UNCONFIRMED']).toContain((loser?.reason as { code?: string }).code);
      const winner = outcomes.indexOf(holders[0] as PromiseFulfilledResult<VaultLock>);
      expect(await holderOf(vaultPath)).toMatchObject({ program: winner ? 'cli' : 'app' });
      await (holders[0] as PromiseFulfilledResult<VaultLock>).value.release();
      expect(await readdir(path.dirname(vaultPath))).toEqual([]);
    }
  });
});
