import { copyFile, lstat, mkdir, readdir, readFile, rename, symlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { readSettings, writeSettings } from '../../../electron/settings/settings-repository';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { backupFolderFor } from '../../../electron/vault/vault-backups';
import { lockFilePath } from '../../../electron/vault/vault-lock-file';
import { loadSodium } from '../../../electron/vault/sodium';
import { openVaultBody, parseVaultFile, unwrapDataKey } from '../../../electron/vault/vault-file';
import { VaultSession } from '../../../electron/vault/vault-session';
import { testSessionOptions } from '../support/fast-kdf';
import { buffersContaining, dataKeyHexOf, reachableArrayBuffers } from '../support/process-memory';
import { useTempFolders } from '../support/temp-folder';
import { errorCode, useNewVaults, vaultPassphrase } from '../support/new-vaults';

const tempFolder = useTempFolders();
const passphrase = vaultPassphrase;
const sodium = await loadSodium();

const newVault = useNewVaults();

function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string } | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string; message?: string }) => error,
  );
}

describe('vault session', () => {
  it('keeps what was written across close and open', async () => {
    const { vaultPath, session } = await newVault();
    session.change((db) => writeSettings(db, { autoLockMinutes: 30 }));
    await session.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db)).toMatchObject({ autoLockMinutes: 30 });
    await reopened.close();
  });

  it('opening removes what interrupted saves left: temp files and old-content names, beside the vault and among the backups', async () => {
    const { folder, vaultPath, session } = await newVault();
    await session.close();
    const backups = backupFolderFor(vaultPath);
    await mkdir(backups, { recursive: true });
    const leftovers = [
      `${vaultPath}.tmp-0123456789ab`,
      `${vaultPath}.prev-ba9876543210`,
      path.join(backups, 'waypoint-2026-11-20T10-00-00Z.vault.tmp-a1b2c3d4e5f6'),
    ];
    const kept = [path.join(folder, 'other.vault.tmp-0123456789ab'), path.join(folder, 'waypoint.vault.notes')];
    for (const file of [...leftovers, ...kept]) await writeFile(file, 'a complete vault, or half of one');
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    await reopened.close();
    expect((await readdir(folder)).sort()).toEqual([
      'other.vault.tmp-0123456789ab',
      'waypoint-backups',
      'waypoint.vault',
      'waypoint.vault.notes',
    ]);
    expect(await readdir(backups)).not.toContain('waypoint-2026-11-20T10-00-00Z.vault.tmp-a1b2c3d4e5f6');
  });

  it('a vault opened through a symlink is saved into the file the link points at; the link stays a link', async () => {
    const { folder, vaultPath, session } = await newVault();
    await session.close();
    const link = path.join(await tempFolder(), 'linked.vault');
    await symlink(vaultPath, link);
    const throughLink = await VaultSession.open(link, passphrase, testSessionOptions);
    throughLink.change((db) => writeSettings(db, { autoLockMinutes: 30 }));
    await throughLink.close();
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const direct = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(direct.db)).toMatchObject({ autoLockMinutes: 30 });
    await direct.close();
    expect((await readdir(folder)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('of two creates racing for one path, exactly one wins, 12 times out of 12; the file opens with its passphrase', async () => {
    const folder = await tempFolder();
    for (let pair = 0; pair < 12; pair++) {
      const vaultPath = path.join(folder, `race-${pair}.vault`);
      const create = async (chosen: string) => {
        const session = await VaultSession.create(vaultPath, chosen, testSessionOptions);
        await session.close();
        return chosen;
      };
      const outcomes = await Promise.allSettled([create('first passphrase here'), create('second passphrase here')]);
      const winners = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      expect(winners).toHaveLength(1);
      const loser = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      expect(['VAULT_EXISTS', 'VAULT_BUSY']).toContain((loser.reason as { code: string }).code);
      // Opens with the winner's passphrase: its key unwraps and the body decrypts (here, without a session).
      const vault = parseVaultFile(sodium, new Uint8Array(await readFile(vaultPath)));
      expect(openVaultBody(sodium, vault, unwrapDataKey(sodium, vault.slots, winners[0]!)).length).toBeGreaterThan(0);
    }
    expect((await readdir(folder)).filter((name) => name.includes('.tmp-') || name.endsWith('.lock'))).toEqual([]);
  });

  it('a vault created filled (an import) appears on disk only complete; a fill that fails leaves no file and no lock', async () => {
    const folder = await tempFolder();
    const vaultPath = path.join(folder, 'imported.vault');
    let existedWhileFilling: boolean | undefined;
    const session = await VaultSession.create(vaultPath, passphrase, testSessionOptions, (db) => {
      existedWhileFilling = existsSync(vaultPath);
      writeSettings(db, { autoLockMinutes: 30 });
    });
    await session.close();
    expect(existedWhileFilling).toBe(false);
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db)).toMatchObject({ autoLockMinutes: 30 });
    await reopened.close();

    const failing = path.join(folder, 'failed.vault');
    await expect(
      VaultSession.create(failing, passphrase, testSessionOptions, () => {
        throw new Error('the import document is invalid');
      }),
    ).rejects.toThrow('the import document is invalid');
    expect((await readdir(folder)).sort()).toEqual(['imported.vault']);
  });

  it('opening on a full disk says the disk is full and leaves no empty lock file behind', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const fullDisk: SaveFileSystem = {
      ...nodeSaveFileSystem,
      write: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
    };
    await expect(
      VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, fileSystem: fullDisk }),
    ).rejects.toMatchObject({
      code: 'SAVE_FAILED',
      message: expect.stringContaining('the disk is full'),
    });
    await expect(readFile(lockFilePath(vaultPath))).rejects.toMatchObject({ code: 'ENOENT' });
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    await reopened.close();
  });

  it('refuses to create a vault over an existing file', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const before = await readFile(vaultPath);
    expect(await errorCode(VaultSession.create(vaultPath, passphrase, testSessionOptions))).toBe('VAULT_EXISTS');
    expect((await readFile(vaultPath)).equals(before)).toBe(true);
  });

  it('coalesces many changes into one save', async () => {
    const writes = vi.fn(nodeSaveFileSystem.write);
    const fileSystem: SaveFileSystem = { ...nodeSaveFileSystem, write: writes };
    const { session } = await newVault({ ...testSessionOptions, fileSystem, saveDelayMs: 50 });
    writes.mockClear();
    for (let minute = 0; minute < 20; minute++) {
      session.change((db) => writeSettings(db, { autoLockMinutes: minute % 2 ? 5 : 10 }));
    }
    await vi.waitFor(() => expect(session.hasUnsavedChanges).toBe(false), { timeout: 2_000 });
    expect(writes).toHaveBeenCalledTimes(1);
    await session.close();
  });

  it('flushes unsaved changes when it closes', async () => {
    const { vaultPath, session } = await newVault({ ...testSessionOptions, saveDelayMs: 60_000 });
    session.change((db) => writeSettings(db, { autoLockMinutes: 1 }));
    expect(session.hasUnsavedChanges).toBe(true);
    await session.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(1);
    await reopened.close();
  });

  it('closing ends the crypto worker, drops the database and releases the lock file; no note text or key stays in memory', async () => {
    const { vaultPath, session } = await newVault();
    // A note's text, as the person wrote it: after the lock, no buffer this process can reach holds it.
    const note = `Called Sam after the meeting ${randomUUID()}`;
    session.change((db) => db.run("INSERT INTO vault_meta (key, value) VALUES ('note', ?)", [note]));
    await session.flush();
    const worker = (session as unknown as { engines: { crypto: { worker: Worker } } }).engines.crypto.worker;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const noteBytes = new TextEncoder().encode(note);
    expect(buffersContaining(await reachableArrayBuffers(), noteBytes, [noteBytes.buffer])).toBeGreaterThan(0);

    await session.close();
    await exited;
    expect(session.isOpen).toBe(false);
    expect(() => session.db).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(await readdir(path.dirname(vaultPath))).not.toContain(path.basename(lockFilePath(vaultPath)));
    const dataKey = Buffer.from(dataKeyHexOf(vaultPath, passphrase), 'hex');
    const buffers = await reachableArrayBuffers();
    expect(buffersContaining(buffers, noteBytes, [noteBytes.buffer])).toBe(0);
    expect(buffersContaining(buffers, dataKey, [dataKey.buffer])).toBe(0);
  });

  it('changing the passphrase: the old one stops working and the data is intact', async () => {
    const { vaultPath, session } = await newVault();
    session.change((db) => writeSettings(db, { autoLockMinutes: 15 }));
    await expect(session.changePassphrase('not the passphrase', 'a brand new passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await session.changePassphrase(passphrase, 'a brand new passphrase');
    await session.close();
    expect(await errorCode(VaultSession.open(vaultPath, passphrase, testSessionOptions))).toBe('WRONG_PASSPHRASE');
    const reopened = await VaultSession.open(vaultPath, 'a brand new passphrase', testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(15);
    await reopened.close();
  });

  it('refuses a second writer while the vault is open, in this process or another', async () => {
    const { vaultPath, session } = await newVault();
    expect(await errorCode(VaultSession.open(vaultPath, passphrase, testSessionOptions))).toBe('VAULT_BUSY');
    await session.close();
    const again = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    await again.close();
  });

  it('takes over a lock left behind by a process that died', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const os = await import('node:os');
    await writeFile(
      lockFilePath(vaultPath),
      JSON.stringify({ pid: 2 ** 22 + 12345, hostname: os.hostname(), program: 'app' }),
    );
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    await reopened.close();
  });

  it('a touch, a rewrite of the same bytes or a copy of them over the file (a sync tool) never blocks a save', async () => {
    const { folder, vaultPath, session } = await newVault();
    await session.flush();
    const failures: string[] = [];
    (session as unknown as { options: { onSaveFailed: (error: { code: string }) => void } }).options.onSaveFailed = (
      error,
    ) => failures.push(error.code);
    const touches: (() => Promise<void>)[] = [
      () => utimes(vaultPath, new Date(), new Date(Date.now() + 5_000)),
      async () => writeFile(vaultPath, await readFile(vaultPath)),
      async () => {
        // A new inode with the same bytes, renamed into place, as sync tools write.
        const copy = path.join(folder, 'synced-copy.tmp');
        await writeFile(copy, await readFile(vaultPath));
        await rename(copy, vaultPath);
      },
    ];
    for (const [index, touch] of touches.entries()) {
      await touch();
      session.change((db) => writeSettings(db, { autoLockMinutes: [1, 2, 5][index]! }));
      await session.flush();
    }
    expect(failures).toEqual([]);
    await session.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(5);
    await reopened.close();
  });

  /** A vault whose file another program then replaced with other contents (its own save). */
  async function changedByAnotherProgram() {
    const { vaultPath, session } = await newVault();
    await session.close();
    const opened = await VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, keepBackups: true });
    const elsewhere = await VaultSession.open(
      path.join(await copyOf(vaultPath), 'waypoint.vault'),
      passphrase,
      testSessionOptions,
    );
    elsewhere.change((db) => writeSettings(db, { autoLockMinutes: 60 }));
    await elsewhere.close();
    await copyFile(elsewhere.vaultPath, vaultPath);
    const theirs = await readFile(vaultPath);
    opened.change((db) => writeSettings(db, { autoLockMinutes: 2 }));
    return { vaultPath, opened, theirs };
  }

  async function copyOf(vaultPath: string): Promise<string> {
    const folder = await tempFolder();
    await copyFile(vaultPath, path.join(folder, 'waypoint.vault'));
    return folder;
  }

  it('refuses to save over a file another program really changed, and keeps the changes; lock and unlock keep them too', async () => {
    const { vaultPath, opened, theirs } = await changedByAnotherProgram();
    const failures: string[] = [];
    (opened as unknown as { options: { onSaveFailed: (error: { code: string }) => void } }).options.onSaveFailed = (
      error,
    ) => failures.push(error.code);
    await expect(opened.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(failures).toEqual(['CONFLICT']);
    expect((await readFile(vaultPath)).equals(theirs)).toBe(true);
    expect(opened.hasUnsavedChanges).toBe(true);
    // Locking seals them and keeps the vault's lock, so no other program changes the vault meanwhile.
    const unsaved = await opened.closeSealingUnsaved();
    expect(unsaved?.reason.code).toBe('CONFLICT');
    expect(await errorOf(VaultSession.open(vaultPath, passphrase, testSessionOptions))).toMatchObject({
      code: 'VAULT_BUSY',
      message: expect.stringContaining('is already using this vault') as string,
    });
    const back = await VaultSession.open(vaultPath, passphrase, testSessionOptions, unsaved);
    expect(readSettings(back.db).autoLockMinutes).toBe(2);
    await expect(back.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    await back.resolveConflict('mine');
    await back.close();
    expect(await readdir(path.dirname(vaultPath))).not.toContain(path.basename(lockFilePath(vaultPath)));
  });

  it('"keep mine": my version becomes the vault and the other program\'s is kept as a backup', async () => {
    const { vaultPath, opened, theirs } = await changedByAnotherProgram();
    await expect(opened.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    const { keptCopy, needsUnlock } = await opened.resolveConflict('mine');
    expect(needsUnlock).toBe(false);
    expect((await readFile(keptCopy)).equals(theirs)).toBe(true);
    expect(path.dirname(keptCopy)).toBe(backupFolderFor(vaultPath));
    await opened.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(2);
    await reopened.close();
  });

  it('"use the other version": it opens here at once, and mine is kept as a backup that restores', async () => {
    const { vaultPath, opened, theirs } = await changedByAnotherProgram();
    await expect(opened.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    const { keptCopy, needsUnlock } = await opened.resolveConflict('other');
    expect(needsUnlock).toBe(false);
    expect(readSettings(opened.db).autoLockMinutes).toBe(60);
    expect(opened.hasUnsavedChanges).toBe(false);
    expect((await readFile(vaultPath)).equals(theirs)).toBe(true);
    // Mine is one restore away.
    await opened.restoreBackup(keptCopy);
    expect(readSettings(opened.db).autoLockMinutes).toBe(2);
    await opened.close();
  });

  it('a failed save keeps the changes in memory and reports a specific message', async () => {
    let failing = true;
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      fsync: async (handle) => {
        if (failing) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return nodeSaveFileSystem.fsync(handle);
      },
    };
    failing = false;
    const { vaultPath, session } = await newVault({ ...testSessionOptions, fileSystem });
    const before = await readFile(vaultPath);
    failing = true;
    session.change((db) => writeSettings(db, { autoLockMinutes: 60 }));
    const error = await session.flush().catch((caught: Error & { code: string }) => caught);
    expect(error).toMatchObject({ code: 'SAVE_FAILED' });
    expect((error as Error).message).toContain('the disk is full');
    expect((await readFile(vaultPath)).equals(before)).toBe(true);
    await expect(session.close()).rejects.toMatchObject({ code: 'SAVE_FAILED' });
    expect(session.isOpen).toBe(true);
    failing = false;
    await session.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(60);
    await reopened.close();
  });
});
