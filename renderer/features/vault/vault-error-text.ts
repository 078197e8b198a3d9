import type { IpcError } from '../../../shared/ipc/error-codes';
import type { VaultStatus } from '../../../shared/vault/vault-status';

export interface VaultErrorText {
  title: string;
  body: string;
}

/** What to tell a person when the vault will not open: what happened and what they can do. */
export function describeVaultError(error: IpcError, status: VaultStatus): VaultErrorText {
  switch (error.code) {
    case 'WRONG_PASSPHRASE':
      return {
        title: 'That passphrase does not open this vault.',
        body: 'Check that Caps Lock is off and try again. Your data is safe and unchanged.',
      };
    case 'WRONG_RECOVERY_KEY':
      return { title: 'Waypoint could not use that recovery key.', body: error.message };
    case 'DAMAGED':
      return {
        title: 'Your vault file is damaged, so Waypoint did not open it.',
        body: `Nothing was changed. ${error.message} Waypoint keeps a daily encrypted backup in ${status.backupFolder}, and can restore the newest one that opens with this passphrase. The damaged file is kept beside the vault.`,
      };
    case 'NOT_A_VAULT':
      return {
        title: 'The file Waypoint found is not a Waypoint vault.',
        body: `Waypoint looks for your vault at ${status.vaultPath}. Move that file away to start a new vault, or put your vault there.`,
      };
    case 'VAULT_LOCK_UNCONFIRMED':
      return { title: 'Waypoint may already be open somewhere else.', body: error.message };
    case 'UNSUPPORTED_VERSION':
    case 'VAULT_BUSY':
      return { title: 'Waypoint cannot open the vault right now.', body: error.message };
    default:
      return { title: 'Waypoint could not open the vault.', body: error.message };
  }
}
