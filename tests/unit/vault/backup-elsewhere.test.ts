import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupElsewhere, backupElsewhereProblem } from '../../../electron/vault/backup-elsewhere';
import { backupFolderFor } from '../../../electron/vault/vault-backups';
import { vaultMagic } from '../../../electron/vault/vault-file';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

describe('where a backup elsewhere may go', () => {
  it('not the vault’s own folder or its backups folder; not over a file of that name that is not a vault', async () => {
    const home = await tempFolder();
    const vaultPath = path.join(home, 'waypoint.vault');
    expect(await backupElsewhereProblem(vaultPath, home)).toContain('the folder my vault is already in');
    expect(await backupElsewhereProblem(vaultPath, `${home}/`)).toContain('the folder my vault is already in');
    expect(await backupElsewhereProblem(vaultPath, backupFolderFor(vaultPath))).toContain('my daily backups');

    const usb = await tempFolder();
    expect(await backupElsewhereProblem(vaultPath, usb)).toBeUndefined();
    await writeFile(path.join(usb, 'waypoint.vault'), 'my notes, not a vault');
    expect(await backupElsewhereProblem(vaultPath, usb)).toBe(
      'That folder already has a file named waypoint.vault that is not a Waypoint vault, so Waypoint will not write over it.',
    );
    // A copy Waypoint made before (a vault) is simply replaced.
    const synced = path.join(await tempFolder(), 'Synced');
    await mkdir(synced);
    await writeFile(path.join(synced, 'waypoint.vault'), vaultMagic);
    expect(await backupElsewhereProblem(vaultPath, synced)).toBeUndefined();
  });

  it('a folder that is a link to the vault’s own folder or its backups folder is refused, when chosen and at every copy', async () => {
    const home = await tempFolder();
    const vaultPath = path.join(home, 'waypoint.vault');
    await writeFile(vaultPath, vaultMagic);
    await mkdir(backupFolderFor(vaultPath));
    const elsewhere = await tempFolder();
    const linkToHome = path.join(elsewhere, 'My drive');
    await symlink(home, linkToHome);
    expect(await backupElsewhereProblem(vaultPath, linkToHome)).toContain('the folder my vault is already in');
    const linkToBackups = path.join(elsewhere, 'Backups');
    await symlink(backupFolderFor(vaultPath), linkToBackups);
    expect(await backupElsewhereProblem(vaultPath, linkToBackups)).toContain('my daily backups');

    // Chosen while it was a real folder, then replaced by a link: the copy is not made, and says why.
    const copier = new BackupElsewhere(vaultPath, { now: () => new Date('2026-11-20T10:00:00Z') });
    copier.use(linkToHome);
    await copier.copy();
    expect((await copier.status()).problem).toMatchObject({ reason: expect.stringContaining('already in') as string });
    expect(await readFile(vaultPath)).toEqual(Buffer.from(vaultMagic));
  });
});
