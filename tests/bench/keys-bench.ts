// Key changes and restores on ten years of check-ins with a full week of backups: what a person
// waits for when they change their passphrase, make a recovery key, open with it, or restore.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { backupFolderFor, backupsKept, listBackups } from '../../electron/vault/vault-backups';
import { VaultSession } from '../../electron/vault/vault-session';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { printTable, spread } from './bench-stats';
import { benchPassphrase, buildDemoVault } from './vault-bench';

const otherPassphrase = 'another benchmark passphrase here';

/** A week of backups: copies of the vault, as the daily backup makes them. */
async function fillBackups(vaultPath: string): Promise<void> {
  await mkdir(backupFolderFor(vaultPath), { recursive: true });
  for (let day = 1; day <= backupsKept; day++) {
    const stamp = `2026-11-${String(day).padStart(2, '0')}T09-00-00Z`;
    await copyFile(vaultPath, path.join(backupFolderFor(vaultPath), `waypoint-${stamp}.vault`));
  }
}

async function timed<T>(work: () => Promise<T>, into: number[]): Promise<T> {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
}

export async function printKeysBench(runs: number): Promise<void> {
  const folder = await makeTempFolder('bench');
  try {
    const vaultPath = path.join(folder, 'waypoint.vault');
    const checkIns = await buildDemoVault(vaultPath, { label: '10 years', years: 10 });
    await fillBackups(vaultPath);
    const figures = { change: [] as number[], make: [] as number[], recover: [] as number[] };
    const list: number[] = [];
    const restore: number[] = [];
    let current = benchPassphrase;
    for (let run = 0; run < runs; run++) {
      const session = await VaultSession.open(vaultPath, current, { program: 'cli' });
      const next = current === benchPassphrase ? otherPassphrase : benchPassphrase;
      await timed(() => session.changePassphrase(current, next), figures.change);
      current = next;
      const recoveryKey = await timed(async () => {
        const shown = await session.makeRecoveryKey(current);
        await session.confirmRecoveryKey(shown);
        return shown;
      }, figures.make);
      const backups = await timed(() => session.describeBackups(), list);
      await timed(() => session.restoreBackup(backups[backups.length - 1]!.file), restore);
      await session.close();
      const next2 = current === benchPassphrase ? otherPassphrase : benchPassphrase;
      const recovered = await timed(
        () => VaultSession.openWithRecoveryKey(vaultPath, recoveryKey, next2, { program: 'cli' }),
        figures.recover,
      );
      current = next2;
      await recovered.session.close();
    }
    console.log(
      `Keys and backups: ten years (${checkIns} check-ins), default KDF, ${(await listBackups(vaultPath)).length} backups; ${runs} runs, min / median / max.`,
    );
    console.log('  A key change re-seals every backup under the new data key; so do a new recovery key and');
    console.log('  opening with one (which sets a new passphrase). Restore keeps a safety copy first.\n');
    printTable([
      ['step', 'time'],
      ['change passphrase (key change)', spread(figures.change)],
      ['make + confirm a recovery key', spread(figures.make)],
      ['open with the recovery key + new passphrase', spread(figures.recover)],
      ['list backups with their check-ins', spread(list)],
      ['restore a backup', spread(restore)],
    ]);
  } finally {
    await removeTempFolder(folder);
  }
}
