import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeSettings } from '../../../electron/settings/settings-repository';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import {
  backupFolderFor,
  backupsKept,
  backUpVault,
  keepSafetyCopy,
  listBackups,
} from '../../../electron/vault/vault-backups';
import { VaultSession } from '../../../electron/vault/vault-session';
import { testSessionOptions } from '../support/fast-kdf';
import { errorCode, useNewVaults, vaultPassphrase } from '../support/new-vaults';

const passphrase = vaultPassphrase;

const newVault = useNewVaults();

describe('backups', () => {
  it('keeps a daily encrypted copy when a vault is opened, and re-seals copies on passphrase change', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const opened = await VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, keepBackups: true });
    await opened.close();
    const [backup] = await listBackups(vaultPath);
    expect(backup).toBeDefined();
    expect(path.dirname(backup!)).toBe(backupFolderFor(vaultPath));

    const reopened = await VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, keepBackups: true });
    await reopened.changePassphrase(passphrase, 'a brand new passphrase');
    await reopened.close();
    expect(await errorCode(VaultSession.open(backup!, passphrase, testSessionOptions))).toBe('WRONG_PASSPHRASE');
    const fromBackup = await VaultSession.open(backup!, 'a brand new passphrase', testSessionOptions);
    await fromBackup.close();
  });

  it(`keeps at most ${backupsKept} and one a day: the first copy of each day`, async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const bytes = new Uint8Array(await readFile(vaultPath));
    const morningCopies = new Map<string, Uint8Array>();
    const days = backupsKept + 3;
    for (let day = 1; day <= days; day++) {
      const date = `2026-01-${String(day).padStart(2, '0')}`;
      const morning = bytes.slice();
      morning[morning.length - 1]! ^= day;
      const evening = bytes.slice();
      evening[evening.length - 2]! ^= day;
      morningCopies.set(date, morning);
      expect(await backUpVault(vaultPath, morning, new Date(`${date}T09:00:00Z`))).toBeDefined();
      // A different vault later the same day is not kept: one copy a day.
      expect(await backUpVault(vaultPath, evening, new Date(`${date}T18:00:00Z`))).toBeUndefined();
    }
    const kept = await listBackups(vaultPath);
    expect(kept.map((file) => path.basename(file).match(/\d{4}-\d{2}-\d{2}T[\d-]+/)?.[0])).toEqual(
      Array.from({ length: backupsKept }, (_, index) => {
        const day = String(days - index).padStart(2, '0');
        return `2026-01-${day}T09-00-00`;
      }),
    );
    for (const file of kept) {
      const date = path.basename(file).match(/\d{4}-\d{2}-\d{2}/)![0];
      expect(new Uint8Array(await readFile(file))).toEqual(morningCopies.get(date));
    }
  });

  it('a daily backup that fails says when and why, and is made at the next save once the disk has room', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    let diskFull = true;
    const handleName = new Map<unknown, string>();
    // Writes into the backups folder fail while the disk is "full"; the vault's own saves succeed.
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      write: (handle, bytes) =>
        diskFull && handleName.get(handle)?.includes('-backups')
          ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
          : nodeSaveFileSystem.write(handle, bytes),
      open: async (file, flags, mode) => {
        const handle = await nodeSaveFileSystem.open(file, flags, mode);
        handleName.set(handle, file);
        return handle;
      },
    };
    const now = new Date('2026-11-20T09:05:00Z');
    const opened = await VaultSession.open(vaultPath, passphrase, {
      ...testSessionOptions,
      keepBackups: true,
      fileSystem,
      now: () => now,
    });
    await opened.flush();
    await vi.waitFor(() => expect(opened.backupFailure).toEqual({ at: now.toISOString(), reason: 'the disk is full' }));
    expect(await listBackups(vaultPath)).toEqual([]);

    diskFull = false;
    opened.change((db) => writeSettings(db, { autoLockMinutes: 30 }));
    await opened.flush();
    await vi.waitFor(() => expect(opened.backupFailure).toBeUndefined());
    expect(await listBackups(vaultPath)).toHaveLength(1);
    await opened.close();
  });

  it('keeps no copy identical to the newest one, even on a new day', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const bytes = new Uint8Array(await readFile(vaultPath));
    expect(await backUpVault(vaultPath, bytes, new Date('2026-01-01T09:00:00Z'))).toBeDefined();
    expect(await backUpVault(vaultPath, bytes, new Date('2026-01-02T09:00:00Z'))).toBeUndefined();
    expect(await listBackups(vaultPath)).toHaveLength(1);
  });

  it(`a safety copy made with the clock behind every backup is kept; the oldest dated one goes instead`, async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    const bytes = new Uint8Array(await readFile(vaultPath));
    for (let day = 1; day <= backupsKept; day++) {
      const copy = bytes.slice();
      copy[copy.length - 1] = day; // each a different file, so each is kept
      await backUpVault(vaultPath, copy, new Date(`2026-06-${String(day).padStart(2, '0')}T09:00:00Z`));
    }
    const before = await listBackups(vaultPath);
    expect(before).toHaveLength(backupsKept);
    // The computer's clock now says January: the copy's name sorts before every other.
    const safetyCopy = await keepSafetyCopy(vaultPath, bytes, new Date('2026-01-15T09:00:00Z'));
    const after = await listBackups(vaultPath);
    expect(after).toContain(safetyCopy);
    expect(after).toHaveLength(backupsKept);
    expect(after).not.toContain(before.at(-1));
    expect(new Uint8Array(await readFile(safetyCopy))).toEqual(bytes);
  });
});
