import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireVaultLock, lockFilePath, type VaultLockOwner } from '../../../electron/vault/vault-lock-file';
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
      `Waypoint is already using this vault in another window (process ${process.pid}). Close it there, then try again.`,
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

  it('a claim left by a takeover that died does not block the next one; an unreadable lock is taken over', async () => {
    const vaultPath = await vaultWithLock({ pid: deadPid, token: 'stale' });
    await writeFile(
      `${lockFilePath(vaultPath)}.claim-stale`,
      JSON.stringify({ pid: deadPid, hostname: os.hostname() }),
    );
    const lock = await acquireVaultLock(vaultPath, 'app');
    await lock.release();
    expect(await readdir(path.dirname(vaultPath))).toEqual([]);

    const garbled = await vaultWithLock('{"pid": 12');
    const second = await acquireVaultLock(garbled, 'app');
    await second.release();
  });
});
