import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSaveFileSystem, writeFileAtomically, type SaveFileSystem } from '../../../electron/vault/atomic-write';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The real file system, with one step made to fail. */
function failingAt(step: keyof SaveFileSystem, code = 'EIO'): SaveFileSystem {
  const failing = { ...nodeSaveFileSystem };
  if (step === 'write') {
    // Write half the bytes for real, then fail as a full disk does.
    failing.write = async (handle, bytes) => {
      await nodeSaveFileSystem.write(handle, bytes.subarray(0, bytes.length >> 1));
      throw errnoError(code);
    };
  } else {
    failing[step] = (async () => {
      throw errnoError(code);
    }) as never;
  }
  return failing;
}

async function setUp() {
  const folder = await tempFolder();
  const target = path.join(folder, 'waypoint.vault');
  const old = Buffer.from('the old, good vault contents '.repeat(100));
  await writeFile(target, old, { mode: 0o600 });
  return { folder, target, old, next: new Uint8Array(Buffer.from('new contents '.repeat(500))) };
}

describe('atomic save', () => {
  it('replaces the file with the new bytes, readable only by the owner, leaving nothing else', async () => {
    const { folder, target, next } = await setUp();
    await writeFileAtomically(target, next);
    expect(new Uint8Array(await readFile(target))).toEqual(next);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['waypoint.vault']);
  });

  it.each([
    ['write', 'ENOSPC'],
    ['write', 'EIO'],
    ['fsync', 'EIO'],
    ['link', 'EPERM'],
    ['rename', 'EXDEV'],
    ['fsyncFolder', 'EIO'],
    ['open', 'ENOSPC'],
  ] as const)('a failure at %s (%s) leaves the old vault byte for byte and no temp file', async (step, code) => {
    const { folder, target, old, next } = await setUp();
    let failingSystem = failingAt(step, code);
    if (step === 'link') {
      // A file system without hard links falls back to a copy; make that fail too.
      failingSystem = { ...failingSystem, copyFile: failingAt('copyFile', code).copyFile };
    }
    await expect(writeFileAtomically(target, next, failingSystem)).rejects.toMatchObject({ code });
    expect(Buffer.from(await readFile(target)).equals(old)).toBe(true);
    expect(await readdir(folder)).toEqual(['waypoint.vault']);
  });

  it('falls back to a copy where hard links are not supported', async () => {
    const { folder, target, next } = await setUp();
    await writeFileAtomically(target, next, failingAt('link', 'EPERM'));
    expect(new Uint8Array(await readFile(target))).toEqual(next);
    expect(await readdir(folder)).toEqual(['waypoint.vault']);
  });

  it('creating a file whose folder cannot be made durable leaves no file at all', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'new.vault');
    await expect(writeFileAtomically(target, new Uint8Array([1]), failingAt('fsyncFolder'))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
