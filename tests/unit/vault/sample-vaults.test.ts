import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../electron/settings/settings-repository';
import { readUserVersion } from '../../../electron/database/sqlite';
import { latestSchemaVersion } from '../../../electron/database/migrate';
import { loadSodium } from '../../../electron/vault/sodium';
import { weakestAllowedKdfParams } from '../../../electron/vault/kdf-params';
import { parseVaultFile } from '../../../electron/vault/vault-file';
import { VaultSession } from '../../../electron/vault/vault-session';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();
const samples = path.resolve(import.meta.dirname, '../../../resources/sample-vaults');
const passphrase = 'sample vault passphrase';

/** Pinned: a sample is never rewritten, so a reader change that breaks old files cannot hide. */
const sampleVaults: {
  file: string;
  sha256: string;
  formatVersion?: number;
  kdf: { opslimit: number; memlimitKiB: number };
  autoLockMinutes: number;
  recoveryKey?: string;
}[] = [
  {
    file: 'format-1-empty.vault',
    sha256: '88d7f4473aa4594913aa5931e5ef40fb78ecb645a2824e2558da7c52b1513695',
    kdf: { opslimit: 2, memlimitKiB: 16 * 1024 },
    autoLockMinutes: 10,
  },
  {
    file: 'format-1-default-kdf.vault',
    sha256: '83e8d0a691dbbc614468339bbf378251575302bb30491842242103a63027a9c0',
    kdf: { opslimit: 3, memlimitKiB: 256 * 1024 },
    autoLockMinutes: 10,
  },
  {
    file: 'format-1-settings.vault',
    sha256: 'e28a3b4c87d21e06663337fb8280abc3ed6e04eecaf264ead47b547d91004bce',
    kdf: { opslimit: 2, memlimitKiB: 16 * 1024 },
    autoLockMinutes: 5,
  },
  {
    file: 'format-2-recovery-key.vault',
    sha256: 'c21b7af442c127c9e10dabb194fda8ea2db0b780ff6098dbb8e99172369aa88a',
    formatVersion: 2,
    kdf: { opslimit: 2, memlimitKiB: 16 * 1024 },
    autoLockMinutes: 10,
    recoveryKey: 'VTVA-R192-SESC-VFP6-6TVV-ANRV-0R28-KVPS',
  },
];

describe.each(sampleVaults)('checked-in sample $file', (sample) => {
  it('is unchanged and still parses with its format and key settings', async () => {
    const bytes = await readFile(path.join(samples, sample.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sample.sha256);
    const parsed = parseVaultFile(await loadSodium(), new Uint8Array(bytes));
    expect(parsed.formatVersion).toBe(sample.formatVersion ?? 1);
    expect(parsed.slots.map((slot) => (slot.kind === 'passphrase' ? slot.kdf : slot.kind))).toEqual(
      sample.recoveryKey ? [sample.kdf, 'recoveryKey'] : [sample.kdf],
    );
  });

  it('opens with its passphrase, migrates to the current schema and holds what it held', async () => {
    const copy = path.join(await tempFolder(), sample.file);
    await copyFile(path.join(samples, sample.file), copy);
    const session = await VaultSession.open(copy, passphrase, { program: 'cli' });
    try {
      expect(readUserVersion(session.db)).toBe(latestSchemaVersion);
      expect(readSettings(session.db).autoLockMinutes).toBe(sample.autoLockMinutes);
    } finally {
      await session.close();
    }
  });

  it.runIf(sample.recoveryKey)('opens with its recovery key, which sets a new passphrase', async () => {
    const copy = path.join(await tempFolder(), sample.file);
    await copyFile(path.join(samples, sample.file), copy);
    const { session } = await VaultSession.openWithRecoveryKey(copy, sample.recoveryKey!, 'a new passphrase here', {
      program: 'cli',
      kdfParams: weakestAllowedKdfParams,
    });
    expect(readSettings(session.db).autoLockMinutes).toBe(sample.autoLockMinutes);
    await session.close();
    await (await VaultSession.open(copy, 'a new passphrase here', { program: 'cli' })).close();
  });
});
