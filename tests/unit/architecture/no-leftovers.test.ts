import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import checkNoLeftovers from '../../support/no-leftovers';
import { makeTempFolder, removeTempFolder, runFolderVariable, tempFolderPrefix } from '../../support/temp-folder';

// Each test runs a run of its own inside this one: the folder this run's workers use, and its
// exit code, are put back after.
const outerRunFolder = process.env[runFolderVariable];
const outerExitCode = process.exitCode;
afterEach(() => {
  process.env[runFolderVariable] = outerRunFolder;
  process.exitCode = outerExitCode;
});

describe('the temp-folder check counts only what this run made', () => {
  it('a folder with the same prefix that another program (or test run) makes meanwhile does not fail the run', async () => {
    const endRun = await checkNoLeftovers();
    const strangers = await mkdtemp(path.join(os.tmpdir(), `${tempFolderPrefix}another-run-`));
    try {
      const mine = await makeTempFolder('tidy');
      expect(path.dirname(mine)).toBe(process.env[runFolderVariable]);
      await removeTempFolder(mine);
      await expect(endRun()).resolves.toBeUndefined();
      expect(existsSync(strangers)).toBe(true);
    } finally {
      await removeTempFolder(strangers);
    }
  });

  it('a folder this run leaves fails it, by name, and is removed with the run folder', async () => {
    const endRun = await checkNoLeftovers();
    const runFolder = process.env[runFolderVariable]!;
    const forgotten = await makeTempFolder('forgotten');
    await expect(endRun()).rejects.toThrow(
      `The tests left 1 temp folder(s) behind (now removed): ${path.basename(forgotten)}`,
    );
    expect(process.exitCode).toBe(1);
    expect(existsSync(runFolder)).toBe(false);
  });
});
