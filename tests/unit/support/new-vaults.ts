import path from 'node:path';
import { VaultSession, type VaultSessionOptions } from '../../../electron/vault/vault-session';
import { testSessionOptions } from './fast-kdf';
import { useTempFolders } from './temp-folder';

/** The passphrase of the vaults these helpers make. */
export const vaultPassphrase = 'correct horse battery staple';

/**
 * New vaults, each created (and left open) in its own temp folder that goes after the test:
 * `{ folder, vaultPath, session }`. Call at the top of a test file.
 */
export function useNewVaults() {
  const tempFolder = useTempFolders();
  return async function newVault(options: VaultSessionOptions = testSessionOptions) {
    const folder = await tempFolder();
    const vaultPath = path.join(folder, 'waypoint.vault');
    const session = await VaultSession.create(vaultPath, vaultPassphrase, options);
    return { folder, vaultPath, session };
  };
}

/** The error code a promise rejects with, or undefined when it resolves. */
export function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );
}
