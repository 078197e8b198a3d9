import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Every temp folder a test or the bench makes starts with this, so a leftover is easy to find. */
export const tempFolderPrefix = 'waypoint-test-';

/** A fresh, empty folder in the OS temp folder. The caller removes it with `removeTempFolder`. */
export function makeTempFolder(purpose = 'run'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `${tempFolderPrefix}${purpose}-`));
}

export function removeTempFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true, maxRetries: 3 });
}

/** Names of this project's temp folders that exist now (used to prove a run left none behind). */
export async function listTempFolders(): Promise<string[]> {
  const names = await readdir(os.tmpdir()).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(tempFolderPrefix)).sort();
}
