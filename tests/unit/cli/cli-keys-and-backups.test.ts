import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fast, passphrase, vaultIn } from '../support/cli-run';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();
async function vaultFile(): Promise<string> {
  return vaultIn(await tempFolder());
}

describe('waypoint CLI: recovery keys and backups', () => {
  const newPassphrase = 'a brand new passphrase';

  it('create --recovery-key prints the key alone on stdout; passwd --recovery-key-stdin sets a new passphrase with it', async () => {
    const file = path.join(await tempFolder(), 'keyed.vault');
    const created = await cli(['create', file, '--recovery-key', '--passphrase-stdin', ...fast], [passphrase]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}\n$/);
    expect(created.stderr).toContain('keep it somewhere safe');
    const recoveryKey = created.stdout.trim();
    expect((await cli(['info', file])).stdout).toContain('slot 2: recovery key');

    const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    expect(await cli(['passwd', file, '--recovery-key-stdin', ...fast], [typo, newPassphrase])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('has a mistake in it'),
    });
    expect(await cli(['passwd', file, '--recovery-key-stdin', ...fast], [recoveryKey, newPassphrase])).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('The new passphrase opens the vault now; the old one no longer does.'),
    });
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({ code: 2 });
    expect(await cli(['verify', file, '--passphrase-stdin'], [newPassphrase])).toMatchObject({ code: 0 });
    // Any command can open with the recovery key, setting a new passphrase first.
    expect(
      await cli(['export', file, '--format', 'csv', '--recovery-key-stdin', ...fast], [recoveryKey, passphrase]),
    ).toMatchObject({ code: 0, stdout: expect.stringContaining('day,') });
  });

  it('recovery-key replaces the old key; a vault without one answers 2 with --recovery-key-stdin', async () => {
    const file = await vaultFile();
    const other = 'x'.repeat(12);
    expect(await cli(['verify', file, '--recovery-key-stdin', ...fast], ['0'.repeat(32), other])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('has a mistake in it'),
    });
    const first = (await cli(['recovery-key', file, '--passphrase-stdin', ...fast], [passphrase])).stdout.trim();
    const replaced = await cli(['recovery-key', file, '--passphrase-stdin', ...fast], [passphrase]);
    expect(replaced).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('any earlier recovery key no longer does') as string,
    });
    expect(await cli(['verify', file, '--recovery-key-stdin', ...fast], [first, other])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not the one for this vault'),
    });
    expect(await cli(['verify', file, '--recovery-key-stdin', ...fast], [replaced.stdout.trim(), other])).toMatchObject(
      { code: 0 },
    );
  });

  it('backups lists each backup; restore keeps the vault as it was, then restores; a damaged vault is restored too', async () => {
    const file = await vaultFile();
    const { VaultSession } = await import('../../../electron/vault/vault-session');
    const { listBackups } = await import('../../../electron/vault/vault-backups');
    const { writeSettings } = await import('../../../electron/settings/settings-repository');
    for (const [day, minutes] of [
      ['2026-11-20', 15],
      ['2026-11-21', 30],
    ] as const) {
      const session = await VaultSession.open(file, passphrase, {
        program: 'cli',
        keepBackups: true,
        now: () => new Date(`${day}T09:00:00Z`),
      });
      session.change((db) => writeSettings(db, { autoLockMinutes: minutes }));
      await session.close();
    }
    expect(await cli(['backups', file, '--passphrase-stdin'], ['wrong passphrase'])).toMatchObject({ code: 2 });
    const listed = await cli(['backups', file, '--passphrase-stdin'], [passphrase]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^2026-11-21 09:00 UTC +[\d.]+ KiB +0 check-ins +my-2026-11-21T09-00-00Z\.vault$/),
      expect.stringMatching(/^2026-11-20 09:00 UTC +[\d.]+ KiB +0 check-ins +my-2026-11-20T09-00-00Z\.vault$/),
    ]);

    expect(
      await cli(['restore', file, 'my-2026-01-01T09-00-00Z.vault', '--passphrase-stdin'], [passphrase]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no backup of my.vault has that name'),
    });
    const restored = await cli(['restore', file, 'my-2026-11-20T09-00-00Z.vault', '--passphrase-stdin'], [passphrase]);
    expect(restored).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('The vault as it was is kept as the backup'),
    });
    expect(await listBackups(file)).toHaveLength(3);
    const check = await VaultSession.open(file, passphrase, { program: 'cli' });
    const { readSettings } = await import('../../../electron/settings/settings-repository');
    expect(readSettings(check.db).autoLockMinutes).toBe(10); // the 20th's backup was made before that day's change
    await check.close();

    const bytes = await readFile(file);
    bytes[bytes.length - 3]! ^= 1;
    await writeFile(file, bytes);
    const [newest] = await listBackups(file);
    expect(await cli(['restore', file, newest!, '--passphrase-stdin'], [passphrase])).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('was damaged; it now holds'),
    });
    expect(await cli(['verify', file, '--passphrase-stdin'], [passphrase])).toMatchObject({ code: 0 });
  });
});
