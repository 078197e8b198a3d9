import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertCheckIn } from '../../../electron/check-ins/check-in-repository';
import { selectRow, type ReadableDatabase } from '../../../electron/database/sqlite';
import { readSettings, writeSettings } from '../../../electron/settings/settings-repository';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { loadSodium } from '../../../electron/vault/sodium';
import {
  backupFolderFor,
  contentDigest,
  keyChangeMarkerPath,
  keySlotsOfFile,
  listBackups,
} from '../../../electron/vault/vault-backups';
import { openVaultBody, parseVaultFile, unwrapDataKey } from '../../../electron/vault/vault-file';
import { VaultSession, type VaultSessionOptions } from '../../../electron/vault/vault-session';
import { checkInFields } from '../../support/check-in-fields';
import { testSessionOptions } from '../support/fast-kdf';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();
const sodium = await loadSodium();
const passphrase = 'correct horse battery staple';
const nextPassphrase = 'a brand new passphrase';

async function newVault(options: VaultSessionOptions = testSessionOptions) {
  const folder = await tempFolder();
  const vaultPath = path.join(folder, 'waypoint.vault');
  const session = await VaultSession.create(vaultPath, passphrase, options);
  return { folder, vaultPath, session };
}

const checkInCount = (db: ReadableDatabase) =>
  selectRow(db, 'SELECT count(*) AS count FROM checkins', [], { count: 'integer' })!.count;

function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string } | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string; message?: string }) => error,
  );
}

/** The data key a passphrase unwraps from a file, and whether that key decrypts another file. */
function dataKeyOf(bytes: Uint8Array, typed: string): Uint8Array {
  return unwrapDataKey(sodium, parseVaultFile(sodium, bytes).slots, typed);
}
function decrypts(key: Uint8Array, bytes: Uint8Array): boolean {
  try {
    openVaultBody(sodium, parseVaultFile(sodium, bytes), key);
    return true;
  } catch {
    return false;
  }
}

/** Opens with `options` on a given day, so each open can make that day's backup. */
const onDay = (day: string): VaultSessionOptions => ({
  ...testSessionOptions,
  keepBackups: true,
  now: () => new Date(`${day}T09:00:00Z`),
});

async function addCheckIns(session: VaultSession, count: number, from = 0): Promise<void> {
  session.change((db) => {
    for (let index = from; index < from + count; index++) {
      insertCheckIn(db, `check-in-${index}`, checkInFields({ note: `entry ${index}` }), 240);
    }
  });
  await session.flush();
}

describe('a passphrase change is a key change', () => {
  it('the old passphrase and a copy from before the change cannot decrypt anything written after it', async () => {
    const { folder, vaultPath, session } = await newVault();
    await addCheckIns(session, 2);
    const before = path.join(folder, 'synced-copy-from-before.vault');
    await copyFile(vaultPath, before);
    await session.changePassphrase(passphrase, nextPassphrase);
    session.change((db) => writeSettings(db, { autoLockMinutes: 30 }));
    await session.close();

    const oldKey = dataKeyOf(new Uint8Array(await readFile(before)), passphrase);
    const now = new Uint8Array(await readFile(vaultPath));
    expect(decrypts(oldKey, new Uint8Array(await readFile(before)))).toBe(true);
    // The old copy's key, unwrapped with the old passphrase, opens nothing in the vault as it is now.
    expect(decrypts(oldKey, now)).toBe(false);
    expect(() => dataKeyOf(now, passphrase)).toThrow('That passphrase does not open this vault.');
    const newKey = dataKeyOf(now, nextPassphrase);
    expect(sodium.memcmp(newKey, oldKey)).toBe(false);

    const reopened = await VaultSession.open(vaultPath, nextPassphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(30);
    await reopened.close();
    expect(existsSync(keyChangeMarkerPath(vaultPath))).toBe(false);
  });

  it('every backup is re-sealed under the new key; one that cannot be is kept as it is and named in the outcome', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    for (const day of ['2026-11-18', '2026-11-19', '2026-11-20']) {
      const opened = await VaultSession.open(vaultPath, passphrase, onDay(day));
      await addCheckIns(opened, 1, Number(day.slice(-2)));
      await opened.close();
    }
    const backups = await listBackups(vaultPath);
    expect(backups).toHaveLength(3);
    const damaged = backups[1]!;
    const bytes = new Uint8Array(await readFile(damaged));
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(damaged, bytes);
    const oldKey = dataKeyOf(new Uint8Array(await readFile(backups[0]!)), passphrase);

    const opened = await VaultSession.open(vaultPath, passphrase, onDay('2026-11-21'));
    const outcome = await opened.changePassphrase(passphrase, nextPassphrase);
    await opened.close();
    expect(outcome).toEqual({
      passphrase: 'new',
      recoveryKey: 'none',
      shownRecoveryKey: 'none',
      backupsNotResealed: [path.basename(damaged)],
    });

    const after = await listBackups(vaultPath);
    expect(after).toContain(damaged);
    expect(new Uint8Array(await readFile(damaged))).toEqual(bytes);
    // The day's new backup, the two re-sealed, and the damaged one, untouched.
    expect(after).toHaveLength(4);
    const vaultSlots = await keySlotsOfFile(vaultPath);
    for (const backup of after.filter((file) => file !== damaged)) {
      const backupBytes = new Uint8Array(await readFile(backup));
      expect(await keySlotsOfFile(backup)).toEqual(vaultSlots);
      expect(() => dataKeyOf(backupBytes, passphrase)).toThrow('That passphrase does not open this vault.');
      expect(decrypts(oldKey, backupBytes)).toBe(false);
      expect(decrypts(dataKeyOf(backupBytes, nextPassphrase), backupBytes)).toBe(true);
    }
  });

  it('a save that fails keeps the old keys: the old passphrase still opens the vault and its backups', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    let failRenames = false;
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      rename: (from, to) =>
        failRenames && to === vaultPath
          ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
          : nodeSaveFileSystem.rename(from, to),
    };
    const opened = await VaultSession.open(vaultPath, passphrase, { ...onDay('2026-11-20'), fileSystem });
    await opened.flush();
    failRenames = true;
    expect(await errorOf(opened.changePassphrase(passphrase, nextPassphrase))).toMatchObject({
      code: 'SAVE_FAILED',
      message: expect.stringContaining('the disk is full') as string,
    });
    failRenames = false;
    opened.change((db) => writeSettings(db, { autoLockMinutes: 15 }));
    await opened.close();
    expect(existsSync(keyChangeMarkerPath(vaultPath))).toBe(false);
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(15);
    await reopened.close();
    const [backup] = await listBackups(vaultPath);
    expect(decrypts(dataKeyOf(new Uint8Array(await readFile(backup!)), passphrase), await readFile(backup!))).toBe(
      true,
    );
  });

  /**
   * The state a kill leaves between a key change's save and its backups: the vault under the new
   * keys, the note beside it, every backup still under the old keys. Made for real: backups are
   * copied aside, the passphrase changed with a file-system port that keeps a copy of the note as it
   * is written, then the old backups and the note are put back.
   */
  async function killedAfterTheSave(options: { keepNote: boolean }) {
    const { folder, vaultPath, session } = await newVault();
    await session.close();
    for (const day of ['2026-11-19', '2026-11-20']) {
      const opened = await VaultSession.open(vaultPath, passphrase, onDay(day));
      await addCheckIns(opened, 1, Number(day.slice(-2)));
      await opened.close();
    }
    const backups = await listBackups(vaultPath);
    const stash = path.join(folder, 'stash');
    await mkdir(stash);
    for (const backup of backups) await copyFile(backup, path.join(stash, path.basename(backup)));
    let note: Uint8Array | undefined;
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      rename: async (from, to) => {
        if (to === keyChangeMarkerPath(vaultPath)) note = new Uint8Array(await readFile(from));
        return nodeSaveFileSystem.rename(from, to);
      },
    };
    const opened = await VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, fileSystem });
    await opened.changePassphrase(passphrase, nextPassphrase);
    await opened.close();
    for (const backup of backups) await copyFile(path.join(stash, path.basename(backup)), backup);
    await rm(stash, { recursive: true });
    const oldSlots = (await keySlotsOfFile(backups[0]!))!;
    if (options.keepNote) await writeFile(keyChangeMarkerPath(vaultPath), note!);
    // A note from before it kept the old key: the slots only.
    else await writeFile(keyChangeMarkerPath(vaultPath), JSON.stringify({ previousKeySlots: contentDigest(oldSlots) }));
    return { folder, vaultPath, backups };
  }

  it('after a kill between the save and the backups, the next unlock re-seals every backup left under the old keys and removes none', async () => {
    const { folder, vaultPath, backups } = await killedAfterTheSave({ keepNote: true });
    for (const backup of backups)
      expect(() => dataKeyOf(new Uint8Array(readFileSync(backup)), passphrase)).not.toThrow();

    const reopened = await VaultSession.open(vaultPath, nextPassphrase, testSessionOptions);
    expect(reopened.backupsLeftUnderEarlierKeys).toEqual([]);
    await reopened.close();
    expect(await listBackups(vaultPath)).toEqual(backups);
    const vaultSlots = await keySlotsOfFile(vaultPath);
    for (const backup of backups) {
      const bytes = new Uint8Array(await readFile(backup));
      expect(await keySlotsOfFile(backup)).toEqual(vaultSlots);
      expect(() => dataKeyOf(bytes, passphrase)).toThrow('That passphrase does not open this vault.');
      expect(decrypts(dataKeyOf(bytes, nextPassphrase), bytes)).toBe(true);
    }
    expect(existsSync(keyChangeMarkerPath(vaultPath))).toBe(false);
    expect((await readdir(folder)).sort()).toEqual(['waypoint-backups', 'waypoint.vault']);
  });

  it('a wrong passphrase after such a kill changes nothing; the note waits for the right one', async () => {
    const { vaultPath, backups } = await killedAfterTheSave({ keepNote: true });
    const before = await Promise.all(backups.map((backup) => readFile(backup)));
    expect(await errorOf(VaultSession.open(vaultPath, passphrase, testSessionOptions))).toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(await Promise.all(backups.map((backup) => readFile(backup)))).toEqual(before);
    expect(existsSync(keyChangeMarkerPath(vaultPath))).toBe(true);
  });

  it('a note that cannot re-seal (from an older Waypoint) keeps the old backups, says which, and removes one only when asked', async () => {
    const { vaultPath, backups } = await killedAfterTheSave({ keepNote: false });
    const reopened = await VaultSession.open(vaultPath, nextPassphrase, onDay('2026-11-21'));
    expect(reopened.backupsLeftUnderEarlierKeys).toEqual(backups);
    expect(existsSync(keyChangeMarkerPath(vaultPath))).toBe(false);
    for (const backup of backups) expect(existsSync(backup)).toBe(true);
    expect((await reopened.describeBackups()).map((backup) => backup.checkIns)).toEqual([2, undefined, undefined]);

    await reopened.removeBackupThatDoesNotOpen(backups[0]!);
    expect(existsSync(backups[0]!)).toBe(false);
    const [today] = await listBackups(vaultPath);
    expect(await errorOf(reopened.removeBackupThatDoesNotOpen(today!))).toMatchObject({ code: 'CONFLICT' });
    expect(existsSync(today!)).toBe(true);
    await reopened.close();
  });
});

describe('the recovery key', () => {
  it('made after checking the passphrase, kept only once typed back, then opens the vault to set a new passphrase', async () => {
    const { vaultPath, session } = await newVault();
    await addCheckIns(session, 3);
    expect(session.hasRecoveryKey).toBe(false);
    expect(await errorOf(session.makeRecoveryKey('not the passphrase'))).toMatchObject({ code: 'WRONG_PASSPHRASE' });

    const shown = await session.makeRecoveryKey(passphrase);
    // Not yet confirmed: the file has no recovery slot.
    expect(parseVaultFile(sodium, new Uint8Array(await readFile(vaultPath))).formatVersion).toBe(1);
    const typo = `${shown.slice(0, -1)}${shown.endsWith('0') ? '1' : '0'}`;
    expect(await errorOf(session.confirmRecoveryKey(typo))).toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: expect.stringContaining('has a mistake in it') as string,
    });
    await session.confirmRecoveryKey(shown.toLowerCase().replaceAll('-', ' '));
    expect(session.hasRecoveryKey).toBe(true);
    await session.close();
    const file = parseVaultFile(sodium, new Uint8Array(await readFile(vaultPath)));
    expect(file.formatVersion).toBe(2);
    expect(file.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recoveryKey']);

    // Forgotten passphrase: the recovery key opens it and a new passphrase is set at once.
    const { session: recovered } = await VaultSession.openWithRecoveryKey(
      vaultPath,
      shown,
      nextPassphrase,
      testSessionOptions,
    );
    expect(checkInCount(recovered.db)).toBe(3);
    expect(recovered.hasRecoveryKey).toBe(true);
    await recovered.close();
    expect((await errorOf(VaultSession.open(vaultPath, passphrase, testSessionOptions)))?.code).toBe(
      'WRONG_PASSPHRASE',
    );
    await (await VaultSession.open(vaultPath, nextPassphrase, testSessionOptions)).close();
  });

  it('a passphrase change keeps the recovery key working; a new recovery key stops the old one, in old copies too', async () => {
    const { folder, vaultPath, session } = await newVault();
    const first = await session.makeRecoveryKey(passphrase);
    await session.confirmRecoveryKey(first);
    await session.changePassphrase(passphrase, nextPassphrase);
    await session.close();
    const { session: withFirst } = await VaultSession.openWithRecoveryKey(
      vaultPath,
      first,
      'third passphrase here',
      testSessionOptions,
    );
    const copyWithFirst = path.join(folder, 'copy.vault');
    await copyFile(vaultPath, copyWithFirst);

    const second = await withFirst.makeRecoveryKey('third passphrase here');
    await withFirst.confirmRecoveryKey(second);
    withFirst.change((db) => writeSettings(db, { autoLockMinutes: 30 }));
    await withFirst.close();

    expect(
      (await errorOf(VaultSession.openWithRecoveryKey(vaultPath, first, 'x'.repeat(12), testSessionOptions)))?.message,
    ).toContain('not the one for this vault');
    // The first key still opens the old copy, but that copy's data key opens nothing written since.
    const { unwrapWithRecoveryKey, parseRecoveryKey } = await import('../../../electron/vault/recovery-key');
    const oldCopy = new Uint8Array(await readFile(copyWithFirst));
    const oldKey = unwrapWithRecoveryKey(
      sodium,
      parseVaultFile(sodium, oldCopy).slots,
      parseRecoveryKey(sodium, first),
    );
    expect(decrypts(oldKey, oldCopy)).toBe(true);
    expect(decrypts(oldKey, new Uint8Array(await readFile(vaultPath)))).toBe(false);

    const { session: withSecond } = await VaultSession.openWithRecoveryKey(
      vaultPath,
      second,
      nextPassphrase,
      testSessionOptions,
    );
    expect(readSettings(withSecond.db).autoLockMinutes).toBe(30);
    await withSecond.removeRecoveryKey(nextPassphrase);
    expect(withSecond.hasRecoveryKey).toBe(false);
    await withSecond.close();
    expect(
      (await errorOf(VaultSession.openWithRecoveryKey(vaultPath, second, 'y'.repeat(12), testSessionOptions)))?.message,
    ).toBe('This vault has no recovery key, so only its passphrase opens it.');
  });

  it('a recovery key shown, then a passphrase change, then typed back: the new passphrase opens the vault and the old one never again', async () => {
    const { vaultPath, session } = await newVault();
    await addCheckIns(session, 1);
    const shown = await session.makeRecoveryKey(passphrase);
    expect(await session.changePassphrase(passphrase, nextPassphrase)).toMatchObject({
      passphrase: 'new',
      recoveryKey: 'none',
      shownRecoveryKey: 'still-waiting',
    });
    expect(await session.confirmRecoveryKey(shown)).toMatchObject({
      passphrase: 'unchanged',
      recoveryKey: 'new',
      shownRecoveryKey: 'none',
    });
    await addCheckIns(session, 1, 1);
    await session.close();
    expect(await errorOf(VaultSession.open(vaultPath, passphrase, testSessionOptions))).toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const reopened = await VaultSession.open(vaultPath, nextPassphrase, testSessionOptions);
    expect(checkInCount(reopened.db)).toBe(2);
    await reopened.close();
    // The key typed back opens it too.
    await (await VaultSession.openWithRecoveryKey(vaultPath, shown, passphrase, testSessionOptions)).session.close();
  });

  it('removing the recovery key withdraws one shown and not yet typed back; a failed save puts both back', async () => {
    const { vaultPath, session } = await newVault();
    await session.close();
    let failRenames = false;
    const fileSystem: SaveFileSystem = {
      ...nodeSaveFileSystem,
      rename: (from, to) =>
        failRenames && to === vaultPath
          ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
          : nodeSaveFileSystem.rename(from, to),
    };
    const opened = await VaultSession.open(vaultPath, passphrase, { ...testSessionOptions, fileSystem });
    const kept = await opened.makeRecoveryKey(passphrase);
    await opened.confirmRecoveryKey(kept);
    const shown = await opened.makeRecoveryKey(passphrase);

    failRenames = true;
    expect(await errorOf(opened.removeRecoveryKey(passphrase))).toMatchObject({ code: 'SAVE_FAILED' });
    failRenames = false;
    // Nothing changed: the key shown is still waiting, and typing it back works.
    expect(await opened.confirmRecoveryKey(shown)).toMatchObject({ recoveryKey: 'new' });

    const third = await opened.makeRecoveryKey(passphrase);
    expect(await opened.removeRecoveryKey(passphrase)).toMatchObject({
      recoveryKey: 'none',
      shownRecoveryKey: 'withdrawn',
    });
    expect(await errorOf(opened.confirmRecoveryKey(third))).toMatchObject({ code: 'NOT_FOUND' });
    await opened.close();
    expect(parseVaultFile(sodium, new Uint8Array(await readFile(vaultPath))).slots.map((slot) => slot.kind)).toEqual([
      'passphrase',
    ]);
  });

  it('a recovery key shown and never typed back changes nothing; the one before keeps working', async () => {
    const { vaultPath, session } = await newVault();
    const kept = await session.makeRecoveryKey(passphrase);
    await session.confirmRecoveryKey(kept);
    const slotsBefore = await keySlotsOfFile(vaultPath);
    await session.makeRecoveryKey(passphrase);
    await session.cancelRecoveryKey();
    expect(await errorOf(session.confirmRecoveryKey(kept))).toBeDefined();
    await session.close();
    expect(await keySlotsOfFile(vaultPath)).toEqual(slotsBefore);
    await (await VaultSession.openWithRecoveryKey(vaultPath, kept, nextPassphrase, testSessionOptions)).session.close();
  });
});

describe('restoring a backup', () => {
  it('lists each backup with its date, size and check-ins; a restore first keeps the vault as it is now', async () => {
    const { vaultPath, session } = await newVault();
    await addCheckIns(session, 2);
    await session.close();
    const yesterday = await VaultSession.open(vaultPath, passphrase, onDay('2026-11-21'));
    await addCheckIns(yesterday, 3, 2);
    await yesterday.close();
    const today = await VaultSession.open(vaultPath, passphrase, onDay('2026-11-22'));
    await addCheckIns(today, 1, 5);

    const listed = await today.describeBackups();
    expect(listed.map(({ madeAt, checkIns }) => ({ madeAt: madeAt?.toISOString(), checkIns }))).toEqual([
      { madeAt: '2026-11-22T09:00:00.000Z', checkIns: 5 },
      { madeAt: '2026-11-21T09:00:00.000Z', checkIns: 2 },
    ]);
    expect(listed[0]!.bytes).toBe((await readFile(listed[0]!.file)).length);

    const safetyCopy = await today.restoreBackup(listed[1]!.file);
    expect(checkInCount(today.db)).toBe(2);
    const after = await today.describeBackups();
    expect(after.map((backup) => backup.checkIns)).toEqual([6, 5, 2]);
    expect(after[0]!.file).toBe(safetyCopy);
    await today.close();
    const reopened = await VaultSession.open(vaultPath, passphrase, testSessionOptions);
    expect(checkInCount(reopened.db)).toBe(2);
    await reopened.close();
  });

  it("refuses a file that does not open with the vault's key, and changes nothing", async () => {
    const { vaultPath, session } = await newVault();
    const other = await newVault();
    await other.session.close();
    await addCheckIns(session, 1);
    expect(await errorOf(session.restoreBackup(other.vaultPath))).toMatchObject({
      code: 'DAMAGED',
      message: expect.stringContaining('does not open with this vault') as string,
    });
    expect(await listBackups(vaultPath)).toEqual([]);
    expect(checkInCount(session.db)).toBe(1);
    await session.close();
  });

  it('a damaged vault opens from its newest backup that opens; the damaged file is kept beside it', async () => {
    const { folder, vaultPath, session } = await newVault();
    await session.close();
    for (const day of ['2026-11-20', '2026-11-21']) {
      const opened = await VaultSession.open(vaultPath, passphrase, onDay(day));
      await addCheckIns(opened, 1, Number(day.slice(-2)));
      await opened.close();
    }
    const [newest] = await listBackups(vaultPath);
    await writeFile(newest!, 'not a vault any more');
    const damaged = new Uint8Array(await readFile(vaultPath));
    damaged[200]! ^= 1;
    await writeFile(vaultPath, damaged);

    expect((await errorOf(VaultSession.openFromBackup(vaultPath, 'not it', testSessionOptions)))?.code).toBe(
      'WRONG_PASSPHRASE',
    );
    const { session: restored, backup } = await VaultSession.openFromBackup(vaultPath, passphrase, {
      ...testSessionOptions,
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    // The newest backup no longer opens; the one before was made on the 20th, before that day's check-in.
    expect(backup).toBe((await listBackups(vaultPath))[1]);
    expect(checkInCount(restored.db)).toBe(0);
    await restored.close();
    expect(new Uint8Array(await readFile(path.join(folder, 'waypoint.vault.damaged-2026-11-22T10-00-00Z')))).toEqual(
      damaged,
    );
    await (await VaultSession.open(vaultPath, passphrase, testSessionOptions)).close();
    expect(backupFolderFor(vaultPath)).toBe(path.join(folder, 'waypoint-backups'));
  });
});
