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

/** SHA-256 of a file's bytes, in hex: two copies of a vault hold the same when theirs match. */
export const contentDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

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
    if (sameDay || (newestBytes && contentDigest(newestBytes) === contentDigest(fileBytes))) return undefined;
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
  const wanted = contentDigest(fileBytes);
  for (const backup of await listBackups(vaultPath)) {
    const bytes = await fs.readFile(backup).catch(() => undefined);
    if (bytes && contentDigest(bytes) === wanted) return backup;
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
  // The oldest by date go, never the one just made: a clock set back names it oldest of all.
  const others = (await listBackups(vaultPath)).filter((backup) => backup !== target);
  for (const old of others.slice(backupsKept - 1)) await fs.unlink(old).catch(() => undefined);
  return target;
}

/**
 * A key change (a new passphrase or recovery key: a new data key) writes this note beside the vault
 * before it saves: the SHA-256 of the old key slots, and the old data key sealed under the new one
 * (by the crypto worker; readable only with the new passphrase or recovery key). Until every backup
 * is re-sealed, a backup with those slots is one the change has not reached. If a crash stops the
 * change, the next unlock re-seals exactly those backups when the vault has the new keys, and keeps
 * them as they are when the vault kept the old ones (the save never happened). No backup is removed.
 */
export function keyChangeMarkerPath(vaultPath: string): string {
  return `${vaultPath}.key-change`;
}

/** What a key-change note holds (see `keyChangeMarkerPath`). */
export interface KeyChangeNote {
  /** SHA-256 (hex) of the key slots before the change. */
  previousKeySlots: string;
  /** The previous data key sealed under the new one; absent in notes written before it was kept. */
  previousKey: Uint8Array | undefined;
}

export async function noteKeyChange(
  vaultPath: string,
  previousKeySlots: Uint8Array,
  previousKey: Uint8Array,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<void> {
  const note = JSON.stringify({
    version: 2,
    previousKeySlots: contentDigest(previousKeySlots),
    previousKey: Buffer.from(previousKey).toString('base64'),
  });
  await writeFileAtomically(keyChangeMarkerPath(vaultPath), new TextEncoder().encode(note), fileSystem);
}

/** The note a key change left, or undefined when there is none (or it cannot be read at all). */
export async function readKeyChangeNote(vaultPath: string): Promise<KeyChangeNote | undefined> {
  const text = await fs.readFile(keyChangeMarkerPath(vaultPath), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const note = JSON.parse(text) as { previousKeySlots?: unknown; previousKey?: unknown };
    if (typeof note.previousKeySlots !== 'string') return undefined;
    return {
      previousKeySlots: note.previousKeySlots,
      previousKey:
        typeof note.previousKey === 'string' ? new Uint8Array(Buffer.from(note.previousKey, 'base64')) : undefined,
    };
  } catch {
    return undefined;
  }
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

/** The SHA-256 (hex) of a file's key slots, as a key-change note names them; undefined if it has none. */
export async function keySlotsDigestOf(file: string): Promise<string | undefined> {
  const slots = await keySlotsOfFile(file);
  return slots && contentDigest(slots);
}

/** The backups sealed with the key slots whose SHA-256 is `slotsDigest` (as a key-change note names them). */
export async function backupsSealedWith(vaultPath: string, slotsDigest: string): Promise<string[]> {
  const sealedWith: string[] = [];
  for (const backup of await listBackups(vaultPath)) {
    if ((await keySlotsDigestOf(backup)) === slotsDigest) sealedWith.push(backup);
  }
  return sealedWith;
}
