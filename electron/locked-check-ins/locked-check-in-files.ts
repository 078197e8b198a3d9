import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { maxSealedLineLength } from '../../shared/check-ins/locked-check-in';
import { nodeSaveFileSystem, writeFileAtomically } from '../vault/atomic-write';

/**
 * Beside the vault, while I let myself check in without unlocking (docs/vault-format.md): the public
 * half of the vault's key for locked check-ins, and the check-ins sealed to it, one per line. Neither
 * says anything readable about me: the entries open only with the private half, inside the vault.
 */
export const lockedCheckInKeyFileName = 'locked-check-in-key.json';
export const lockedCheckInsFileName = 'locked-check-ins.sealed';

export interface LockedCheckInFiles {
  keyPath: string;
  entriesPath: string;
}

export function lockedCheckInFiles(vaultPath: string): LockedCheckInFiles {
  const folder = path.dirname(vaultPath);
  return {
    keyPath: path.join(folder, lockedCheckInKeyFileName),
    entriesPath: path.join(folder, lockedCheckInsFileName),
  };
}

const keyFileSchema = z.strictObject({
  version: z.literal(1),
  publicKey: z.base64().refine((key) => Buffer.from(key, 'base64').length === 32, 'A public key is 32 bytes.'),
});

/** The public key beside the vault (base64), or null when there is none or it is not one Waypoint wrote. */
export async function readLockedCheckInKey(files: LockedCheckInFiles): Promise<string | null> {
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(await fs.readFile(files.keyPath, 'utf8')));
    return parsed.success ? parsed.data.publicKey : null;
  } catch {
    return null;
  }
}

export async function writeLockedCheckInKey(files: LockedCheckInFiles, publicKey: string): Promise<void> {
  const content = `${JSON.stringify({ version: 1, publicKey }, null, 2)}\n`;
  await writeFileAtomically(files.keyPath, new TextEncoder().encode(content));
}

/** Which key an entry was sealed to, without saying anything else: the first 8 bytes of its hash. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

/** The entries file's lines: each whole one, and whether the last was cut off mid-write. */
export interface SealedLines {
  lines: string[];
  cutOff: boolean;
}

export async function readSealedLines(files: LockedCheckInFiles): Promise<SealedLines> {
  let text: string;
  try {
    text = await fs.readFile(files.entriesPath, 'latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], cutOff: false };
    throw error;
  }
  const parts = text.split('\n');
  const last = parts.pop()!;
  return { lines: parts.filter((line) => line !== ''), cutOff: last !== '' };
}

/**
 * Adds one sealed line at the end of the entries file and waits until it is on the disk. A line cut
 * off by a crash before it is left where it is (it is refused at the unlock) and the new one starts
 * on a line of its own, so one lost write never takes the next with it.
 */
export async function appendSealedLine(files: LockedCheckInFiles, line: string): Promise<void> {
  if (line.length > maxSealedLineLength || /[\n\r]/.test(line)) throw new Error('A sealed line is too long.');
  const handle = await fs.open(files.entriesPath, 'a+', 0o600);
  let created: boolean;
  try {
    const { size } = await handle.stat();
    created = size === 0;
    let startsLine = true;
    if (size > 0) {
      const lastByte = Buffer.alloc(1);
      await handle.read(lastByte, 0, 1, size - 1);
      startsLine = lastByte[0] === 0x0a;
    }
    await handle.appendFile(`${startsLine ? '' : '\n'}${line}\n`, 'latin1');
    await handle.datasync();
  } finally {
    await handle.close();
  }
  // A new file's name is on the disk too, not only its bytes.
  if (created) await nodeSaveFileSystem.fsyncFolder(path.dirname(files.entriesPath));
}

/** Removes a file beside the vault if it is there. */
export async function removeIfThere(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}
