import { endRunFolder, startRunFolder } from './temp-folder';

/**
 * Global setup for Vitest and Playwright: makes this run's own folder in the OS temp folder, where
 * every test makes its temp folders, and fails the run if any is left in it at the end. Only what
 * this run made is counted: another program, or another test run, using the OS temp folder at the
 * same time cannot fail it. The run's folder is removed either way.
 */
export default async function checkNoLeftovers(): Promise<() => Promise<void>> {
  const runFolder = await startRunFolder();
  return async () => {
    const left = await endRunFolder(runFolder);
    if (left.length > 0) {
      // Vitest logs an error thrown here but still exits 0, so fail the process explicitly too.
      process.exitCode = 1;
      throw new Error(`The tests left ${left.length} temp folder(s) behind (now removed): ${left.join(', ')}`);
    }
  };
}
