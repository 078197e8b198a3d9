import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { nodeSaveFileSystem, writeFileAtomically, type SaveFileSystem } from './atomic-write';

/** Daily encrypted copies of the vault, newest first. They open with the vault's passphrase. */
export const backupsKept = 7;

export function backupFolderFor(vaultPath: string): string {
  const { dir, name } = path.parse(vaultPath);
  return path.join(dir, `${name}-backups`);
}

function backupName(vaultPath: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-');
  return `${path.parse(vaultPath).name}-${stamp}Z.vault`;
}

export async function listBackups(vaultPath: string): Promise<string[]> {
  const folder = backupFolderFor(vaultPath);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.vault') && name.startsWith(`${path.parse(vaultPath).name}-`))
    .sort()
    .reverse()
    .map((name) => path.join(folder, name));
}

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Keeps a copy of a vault that has just opened cleanly: at most one a day, only if it differs
 * from the newest copy, and only the newest `backupsKept`. Encrypted bytes are copied as they are.
 */
export async function backUpVault(
  vaultPath: string,
  fileBytes: Uint8Array,
  now: Date,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<string | undefined> {
  const existing = await listBackups(vaultPath);
  const newest = existing[0];
  if (newest) {
    const newestBytes = await fs.readFile(newest).catch(() => undefined);
    const sameDay = path.basename(newest).includes(now.toISOString().slice(0, 10));
    if (sameDay || (newestBytes && digest(newestBytes) === digest(fileBytes))) return undefined;
  }
  const folder = backupFolderFor(vaultPath);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, backupName(vaultPath, now));
  await writeFileAtomically(target, fileBytes, fileSystem);
  for (const old of (await listBackups(vaultPath)).slice(backupsKept)) await fs.unlink(old).catch(() => undefined);
  return target;
}
