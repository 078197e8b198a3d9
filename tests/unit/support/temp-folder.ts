import { afterEach } from 'vitest';
import { makeTempFolder, removeTempFolder } from '../../support/temp-folder';

/** A fresh folder per call, removed after the test. */
export function useTempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeTempFolder));
  });
  return async () => {
    const folder = await makeTempFolder('unit');
    made.push(folder);
    return folder;
  };
}
