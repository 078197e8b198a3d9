import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { nodeSaveFileSystem, writeFileAtomically, type SaveFileSystem } from './atomic-write';
import { keySlotBytesOf, maxVaultHeaderLength } from './vault-file';

/** Daily encrypted copies of the vault, newest first. They open with the vault's passphrase. */
export const backupsKept = 7;

export function backupFolderFor(vaultPath: string): string {
  const { dir, name } = path.parse(vaultPath);
  return path.join(dir, `${name}-backups`);
}

/** A UTC time as file names carry it: `2026-11-22T09-30-00Z` (no colons, for every file system). */
export function fileTimeStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

function backupName(vaultPath: string, at: Date): string {
  return `${path.parse(vaultPath).name}-${fileTimeStamp(at)}.vault`;
}

/** When a backup was made, from its name (`<name>-2026-11-22T09-30-00Z.vault`). */
export function backupMadeAt(backupPath: string): Date | undefined {
  const stamp = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.vault$/.exec(path.basename(backupPath));
  if (!stamp) return undefined;
  const at = new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
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
  return writeBackup(vaultPath, fileBytes, now, fileSystem);
}

/**
 * Keeps the vault as it is now before a restore replaces it, whatever the day's backup did. Not
 * when a backup already holds exactly these bytes (restoring twice in a row keeps one copy).
 */
export async function keepSafetyCopy(
  vaultPath: string,
  fileBytes: Uint8Array,
  now: Date,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<string> {
  const wanted = digest(fileBytes);
  for (const backup of await listBackups(vaultPath)) {
    const bytes = await fs.readFile(backup).catch(() => undefined);
    if (bytes && digest(bytes) === wanted) return backup;
  }
  let at = now;
  // Two safety copies in one second must not share a name.
  while (await fs.stat(path.join(backupFolderFor(vaultPath), backupName(vaultPath, at))).catch(() => undefined)) {
    at = new Date(at.getTime() + 1000);
  }
  return writeBackup(vaultPath, fileBytes, at, fileSystem);
}

async function writeBackup(
  vaultPath: string,
  fileBytes: Uint8Array,
  now: Date,
  fileSystem: SaveFileSystem,
): Promise<string> {
  const folder = backupFolderFor(vaultPath);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, backupName(vaultPath, now));
  await writeFileAtomically(target, fileBytes, fileSystem);
  for (const old of (await listBackups(vaultPath)).slice(backupsKept)) await fs.unlink(old).catch(() => undefined);
  return target;
}

/**
 * A key change (a new passphrase or recovery key: a new data key) writes this beside the vault
 * before it saves: the SHA-256 of the old key slots. Until every backup is re-sealed, a backup
 * with those slots is one the change has not reached. If a crash stops the change, the next open
 * removes exactly those backups when the vault has the new keys (they would open with the old
 * passphrase), and keeps them when the vault kept the old ones (the save never happened).
 */
export function keyChangeMarkerPath(vaultPath: string): string {
  return `${vaultPath}.key-change`;
}

export async function noteKeyChange(
  vaultPath: string,
  previousKeySlots: Uint8Array,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<void> {
  const note = JSON.stringify({ previousKeySlots: digest(previousKeySlots) });
  await writeFileAtomically(keyChangeMarkerPath(vaultPath), new TextEncoder().encode(note), fileSystem);
}

export async function keyChangeFinished(vaultPath: string): Promise<void> {
  await fs.rm(keyChangeMarkerPath(vaultPath), { force: true });
}

/** The key slots a file was sealed with (its header's slot bytes), read from its first bytes only. */
export async function keySlotsOfFile(file: string): Promise<Uint8Array | undefined> {
  const handle = await fs.open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const start = new Uint8Array(maxVaultHeaderLength);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return keySlotBytesOf(start.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Finishes what a crash left of a key change (see `keyChangeMarkerPath`); we hold the vault's lock. */
export async function finishInterruptedKeyChange(vaultPath: string): Promise<void> {
  const marker = await fs.readFile(keyChangeMarkerPath(vaultPath), 'utf8').catch(() => undefined);
  if (marker === undefined) return;
  let previous: unknown;
  try {
    previous = (JSON.parse(marker) as { previousKeySlots?: unknown }).previousKeySlots;
  } catch {
    previous = undefined;
  }
  const vaultSlots = await keySlotsOfFile(vaultPath);
  if (typeof previous === 'string' && vaultSlots && digest(vaultSlots) !== previous) {
    for (const backup of await listBackups(vaultPath)) {
      const slots = await keySlotsOfFile(backup);
      if (slots && digest(slots) === previous) await fs.rm(backup, { force: true });
    }
  }
  await keyChangeFinished(vaultPath);
}
