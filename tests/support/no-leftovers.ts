import { listTempFolders } from './temp-folder';

/**
 * Global setup for Vitest and Playwright: notes the project's temp folders before the run and
 * fails the run if it leaves any new one behind.
 */
export default async function checkNoLeftovers(): Promise<() => Promise<void>> {
  const before = new Set(await listTempFolders());
  return async () => {
    const left = (await listTempFolders()).filter((name) => !before.has(name));
    if (left.length > 0) {
      // Vitest logs an error thrown here but still exits 0, so fail the process explicitly too.
      process.exitCode = 1;
      throw new Error(`The tests left ${left.length} temp folder(s) behind: ${left.join(', ')}`);
    }
  };
}
