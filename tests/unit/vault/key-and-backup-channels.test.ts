import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../electron/database/sqlite';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { backupFolderFor } from '../../../electron/vault/vault-backups';
import { VaultSession } from '../../../electron/vault/vault-session';
import { checkInFields } from '../../support/check-in-fields';
import { testSessionOptions } from '../support/fast-kdf';
import { useTempFolders } from '../support/temp-folder';
import { testPassphrase as passphrase, useAppCores } from '../support/unlocked-core';

const appCore = useAppCores();
const tempFolder = useTempFolders();

/** An app core whose open dialog answers `answer.path` (undefined: cancelled). */
async function coreWithOpenDialog(saveFileSystem?: SaveFileSystem) {
  const answer: { path: string | undefined } = { path: undefined };
  const made = await appCore({
    saveFileSystem,
    host: { chooseOpenPath: () => Promise.resolve(answer.path) },
  });
  const status = await made.value('vault.status', {});
  return { ...made, answer, vaultPath: status.vaultPath };
}

describe('a backup somewhere else', () => {
  it('is the vault file itself in the chosen folder, refreshed at every lock; an unplugged drive is a quiet notice', async () => {
    const { value, call, answer, vaultPath } = await coreWithOpenDialog();
    await value('vault.create', { passphrase });
    expect(await value('vault.backupElsewhere', {})).toEqual({ folder: null, lastCopiedAt: null, problem: null });

    answer.path = path.dirname(vaultPath);
    expect(await call('vault.chooseBackupElsewhere', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('the folder my vault is already in') },
    });

    const usb = await tempFolder();
    answer.path = usb;
    const chosen = await value('vault.chooseBackupElsewhere', {});
    expect(chosen).toMatchObject({ folder: usb, problem: null });
    expect(chosen.lastCopiedAt).not.toBeNull();
    const copy = path.join(usb, 'waypoint.vault');
    expect(await readFile(copy)).toEqual(await readFile(vaultPath));

    await value('checkIns.add', checkInFields({ note: 'after the first copy' }));
    await value('vault.lock', {});
    expect(await readFile(copy)).toEqual(await readFile(vaultPath));
    // It opens on its own, with the same passphrase: what another computer would do with it.
    const elsewhere = path.join(await tempFolder(), 'from-the-usb-drive.vault');
    await copyFile(copy, elsewhere);
    const opened = await VaultSession.open(elsewhere, passphrase, testSessionOptions);
    expect(selectRows(opened.db, 'SELECT note FROM checkins', [], { note: 'text' })).toEqual([
      { note: 'after the first copy' },
    ]);
    await opened.close();

    await value('vault.unlock', { passphrase });
    await rm(usb, { recursive: true });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase });
    // The last copy's time is remembered while its folder cannot be looked at.
    expect(await value('vault.backupElsewhere', {})).toMatchObject({
      folder: usb,
      lastCopiedAt: expect.any(String),
      problem: { folderMissing: true, reason: expect.stringContaining('not plugged in') },
    });
    expect(await value('vault.stopBackupElsewhere', {})).toEqual({ folder: null, lastCopiedAt: null, problem: null });
  });

  it('a full disk or a folder it may not write to is said in words; the vault itself is saved all the same', async () => {
    const refusing = { code: undefined as string | undefined };
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      open: (file, flags, mode) =>
        refusing.code && file.includes('usb-drive')
          ? Promise.reject(Object.assign(new Error('refused'), { code: refusing.code }))
          : nodeSaveFileSystem.open(file, flags, mode),
    };
    const { value, answer } = await coreWithOpenDialog(fileSystem);
    await value('vault.create', { passphrase });
    const usb = path.join(await tempFolder(), 'usb-drive');
    await mkdir(usb);
    answer.path = usb;
    refusing.code = 'ENOSPC';
    expect((await value('vault.chooseBackupElsewhere', {})).problem).toMatchObject({
      reason: 'the disk is full',
      folderMissing: false,
    });
    refusing.code = 'EROFS';
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase });
    expect((await value('vault.backupElsewhere', {})).problem?.reason).toBe(
      'Waypoint is not allowed to write to that folder',
    );
    refusing.code = undefined;
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase });
    expect(await value('vault.backupElsewhere', {})).toMatchObject({ problem: null, folder: usb });
    expect(existsSync(path.join(usb, 'waypoint.vault'))).toBe(true);
  });
});

describe('opening a vault file from elsewhere on the first-run screen', () => {
  it("copies it in as this computer's vault only once its passphrase opens it; the chosen file is not changed", async () => {
    const fromOtherComputer = path.join(await tempFolder(), 'waypoint-2026-11-21T09-00-00Z.vault');
    const made = await VaultSession.create(fromOtherComputer, passphrase, testSessionOptions, (db) => {
      db.run("INSERT INTO vault_meta (key, value) VALUES ('planStartedOn', '2026-01-01')");
    });
    await made.close();
    const original = await readFile(fromOtherComputer);

    const { value, call, answer, vaultPath } = await coreWithOpenDialog();
    expect(await call('vault.openChosenFile', { passphrase })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await value('vault.chooseFile', {})).toBeNull();
    answer.path = fromOtherComputer;
    expect(await value('vault.chooseFile', {})).toEqual({ fileName: 'waypoint-2026-11-21T09-00-00Z.vault' });
    expect(await call('vault.openChosenFile', { passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(existsSync(vaultPath)).toBe(false);
    expect(await value('vault.openChosenFile', { passphrase })).toMatchObject({ state: 'unlocked' });
    expect(existsSync(vaultPath)).toBe(true);
    expect(await readFile(fromOtherComputer)).toEqual(original);
    await value('vault.lock', {});
    expect(await value('vault.unlock', { passphrase })).toMatchObject({ state: 'unlocked' });
  });
});

describe('recovery keys and restores through the app', () => {
  it('a recovery key made in Settings opens the locked vault and sets a new passphrase', async () => {
    const { value, call } = await coreWithOpenDialog();
    await value('vault.create', { passphrase });
    expect(await value('vault.recoveryKey', {})).toEqual({ exists: false });
    expect(await call('vault.makeRecoveryKey', { passphrase: 'not it at all' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    const { recoveryKey } = await value('vault.makeRecoveryKey', { passphrase });
    await value('vault.confirmRecoveryKey', { typed: recoveryKey });
    expect(await value('vault.recoveryKey', {})).toEqual({ exists: true });
    await value('vault.lock', {});
    expect(
      await call('vault.unlockWithRecoveryKey', { recoveryKey: 'AAAA-BBBB', nextPassphrase: 'a new passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } });
    expect(
      await value('vault.unlockWithRecoveryKey', { recoveryKey, nextPassphrase: 'a new passphrase' }),
    ).toMatchObject({ state: 'unlocked' });
    await value('vault.lock', {});
    expect(await call('vault.unlock', { passphrase })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await value('vault.unlock', { passphrase: 'a new passphrase' })).toMatchObject({ state: 'unlocked' });
  });

  it('restores a backup only by a name in the list; a damaged vault is restored from its newest backup', async () => {
    const { value, call, vaultPath, answer } = await coreWithOpenDialog();
    await value('vault.create', { passphrase });
    await value('checkIns.add', checkInFields({ note: 'in the backup' }));
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase }); // today's backup, with the one check-in
    await value('checkIns.add', checkInFields({ note: 'after the backup' }));
    answer.path = await tempFolder();
    await value('vault.chooseBackupElsewhere', {}); // chosen after that backup was made
    const [backup] = await value('vault.backups', {});
    expect(backup).toMatchObject({ checkIns: 1 });
    expect(await call('vault.restoreBackup', { name: '../waypoint.vault' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('vault.restoreBackup', { name: 'waypoint-2020-01-01T00-00-00Z.vault' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const { safetyCopy } = await value('vault.restoreBackup', { name: backup!.name });
    expect((await value('vault.backups', {})).find((listed) => listed.name === safetyCopy)).toMatchObject({
      checkIns: 2,
    });
    expect(await value('checkIns.list', { from: '2000-01-01', to: '2100-01-01' })).toHaveLength(1);
    // The folder for the second backup is this computer's choice: a restore keeps it.
    expect((await value('vault.backupElsewhere', {})).folder).toBe(answer.path);

    await value('vault.lock', {});
    const bytes = await readFile(vaultPath);
    bytes[bytes.length - 10]! ^= 1;
    await writeFile(vaultPath, bytes);
    expect(await call('vault.unlock', { passphrase })).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    const restored = await value('vault.restoreNewestBackup', { passphrase });
    expect(restored).toMatchObject({ state: 'unlocked', restoredFromBackup: { madeAt: expect.any(String) } });
    expect(existsSync(backupFolderFor(vaultPath))).toBe(true);
  });
});
