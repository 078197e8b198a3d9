import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The file-system calls a save makes, as a port so tests can fail each step for real
 * (the rest of the calls still hit the disk).
 */
export interface SaveFileSystem {
  open(file: string, flags: string, mode?: number): Promise<fs.FileHandle>;
  write(handle: fs.FileHandle, bytes: Uint8Array): Promise<void>;
  fsync(handle: fs.FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  fsyncFolder(folder: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeSaveFileSystem: SaveFileSystem = {
  open: (file, flags, mode) => fs.open(file, flags, mode),
  write: async (handle, bytes) => {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
      offset += bytesWritten;
    }
  },
  fsync: (handle) => handle.sync(),
  rename: (from, to) => fs.rename(from, to),
  link: (existing, newPath) => fs.link(existing, newPath),
  copyFile: (from, to) => fs.copyFile(from, to),
  fsyncFolder: async (folder) => {
    // Windows cannot open a folder for fsync; its rename is durable through the file system journal.
    if (process.platform === 'win32') return;
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  unlink: (file) => fs.unlink(file),
};

/** Why a write failed, in words for the person: "the disk is full", ... `place` names the folder. */
export function writeFailureReason(error: unknown, place: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `Waypoint is not allowed to write to ${place}`;
  return 'the computer reported a problem writing the file';
}

const siblingKinds = ['tmp', 'prev'] as const;

/** A temp (or old-content) name beside `target`, the kind `removeInterruptedWrites` clears. */
export function siblingName(target: string, kind: (typeof siblingKinds)[number]): string {
  return `${target}.${kind}-${randomBytes(6).toString('hex')}`;
}

/**
 * Removes what interrupted writes left in `folder`: temp files and second names of old content
 * (`<name>.tmp-…`, `<name>.prev-…`), for files named `of` or, without `of`, for any file. Only safe
 * while no write to those files can be running (the caller holds the vault's lock). Resolves with
 * the names removed.
 */
export async function removeInterruptedWrites(folder: string, of?: string): Promise<string[]> {
  const pattern = new RegExp(`^${of ? escapeRegExp(of) : '.+'}\\.(${siblingKinds.join('|')})-[0-9a-f]{12}$`);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const leftovers = names.filter((name) => pattern.test(name));
  await Promise.all(leftovers.map((name) => fs.rm(path.join(folder, name), { force: true }).catch(() => undefined)));
  return leftovers;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function removeQuietly(fileSystem: SaveFileSystem, file: string): Promise<void> {
  await fileSystem.unlink(file).catch(() => undefined);
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Writes `bytes` to a new temp file beside `target` (0600) and fsyncs it; on failure none is left. */
async function writeDurableTemp(target: string, bytes: Uint8Array, fileSystem: SaveFileSystem): Promise<string> {
  const temp = siblingName(target, 'tmp');
  const handle = await fileSystem.open(temp, 'wx', 0o600);
  try {
    try {
      await fileSystem.write(handle, bytes);
      await fileSystem.fsync(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removeQuietly(fileSystem, temp);
    throw error;
  }
  return temp;
}

/**
 * Replaces `target` with `bytes` so that at every instant the file on disk is either the old
 * content or the new, complete and durable one: temp file in the same folder (0600), fsync,
 * rename over the target, fsync the folder. If any step fails, the old file is left (or put
 * back) byte for byte and no temp file remains; the error is rethrown for the caller to report.
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<void> {
  const folder = path.dirname(target);
  const temp = await writeDurableTemp(target, bytes, fileSystem);

  // A second name for the old content, so it can be put back if the folder cannot be made durable.
  const previous = (await fileExists(target)) ? siblingName(target, 'prev') : undefined;
  try {
    if (previous) {
      await fileSystem.link(target, previous).catch(() => fileSystem.copyFile(target, previous));
    }
    await fileSystem.rename(temp, target);
  } catch (error) {
    await removeQuietly(fileSystem, temp);
    if (previous) await removeQuietly(fileSystem, previous);
    throw error;
  }

  try {
    await fileSystem.fsyncFolder(folder);
  } catch (error) {
    if (previous) {
      await fileSystem.rename(previous, target).catch(() => undefined);
      await removeQuietly(fileSystem, previous);
    } else {
      // Nothing was there before: leave nothing rather than a file that may not survive a crash.
      await removeQuietly(fileSystem, target);
    }
    throw error;
  }
  if (previous) await removeQuietly(fileSystem, previous);
}

/**
 * Creates `target` with `bytes`, never replacing anything: the complete, durable temp file is
 * linked into place, which fails with EEXIST if any file got there first. Of two racers exactly
 * one wins; the other's temp file is removed. Rethrows (EEXIST included) for the caller to report.
 */
export async function createFileExclusively(
  target: string,
  bytes: Uint8Array,
  fileSystem: SaveFileSystem = nodeSaveFileSystem,
): Promise<void> {
  const temp = await writeDurableTemp(target, bytes, fileSystem);
  try {
    await fileSystem.link(temp, target);
  } finally {
    await removeQuietly(fileSystem, temp);
  }
  try {
    await fileSystem.fsyncFolder(path.dirname(target));
  } catch (error) {
    // Not durable: leave nothing rather than a file that may not survive a crash.
    await removeQuietly(fileSystem, target);
    throw error;
  }
}
