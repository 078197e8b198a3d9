import type { ErrorCode } from '../../shared/ipc/error-codes';

/** The CLI's promise to scripts (README and docs/cli.md list them). */
export const exitCodes = {
  ok: 0,
  usageOrOther: 1,
  wrongPassphrase: 2,
  damaged: 3,
  unsupportedVersion: 4,
  vaultBusy: 5,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
      return exitCodes.wrongPassphrase;
    case 'DAMAGED':
    case 'NOT_A_VAULT':
      return exitCodes.damaged;
    case 'UNSUPPORTED_VERSION':
      return exitCodes.unsupportedVersion;
    case 'VAULT_BUSY':
    case 'VAULT_LOCK_UNCONFIRMED':
      return exitCodes.vaultBusy;
    default:
      return exitCodes.usageOrOther;
  }
}
