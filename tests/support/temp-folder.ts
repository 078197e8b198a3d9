import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Every run's folder in the OS temp folder starts with this, so a leftover is easy to find. */
export const tempFolderPrefix = 'waypoint-test-';

/**
 * The environment variable naming this run's folder. The run's global setup (or the bench) makes
 * the folder and sets it; the processes the run starts (test workers, CLI children) inherit it.
 */
export const runFolderVariable = 'WAYPOINT_TEST_RUN_FOLDER';

/**
 * A fresh, empty folder inside this run's folder. The caller removes it with `removeTempFolder`.
 * Only this run makes folders there, so what is left at the end is this run's, whatever other
 * programs (or other test runs) do in the OS temp folder meanwhile.
 */
export function makeTempFolder(purpose = 'run'): Promise<string> {
  const runFolder = process.env[runFolderVariable];
  if (!runFolder) {
    throw new Error(`${runFolderVariable} is not set: run the tests through their config, whose global setup sets it.`);
  }
  return mkdtemp(path.join(runFolder, `${purpose}-`));
}

export function removeTempFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true, maxRetries: 3 });
}

/** Makes this run's folder in the OS temp folder and names it in the environment (`runFolderVariable`). */
export async function startRunFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `${tempFolderPrefix}run-`));
  process.env[runFolderVariable] = folder;
  return folder;
}

/** Removes this run's folder; answers the names of what the run left in it. */
export async function endRunFolder(folder: string): Promise<string[]> {
  const left = (await readdir(folder).catch(() => [] as string[])).sort();
  await removeTempFolder(folder);
  if (process.env[runFolderVariable] === folder) Reflect.deleteProperty(process.env, runFolderVariable);
  return left;
}
