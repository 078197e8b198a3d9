import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupElsewhereProblem } from '../../../electron/vault/backup-elsewhere';
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
});
