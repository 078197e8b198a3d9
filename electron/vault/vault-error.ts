import type { ErrorCode } from '../../shared/ipc/error-codes';
import { CodedError } from '../ipc/request-error';

export type VaultErrorCode = Extract<
  ErrorCode,
  | 'NO_VAULT'
  | 'VAULT_EXISTS'
  | 'LOCKED'
  | 'WRONG_PASSPHRASE'
  | 'WRONG_RECOVERY_KEY'
  | 'DAMAGED'
  | 'UNSUPPORTED_VERSION'
  | 'NOT_A_VAULT'
  | 'VAULT_BUSY'
  | 'VAULT_LOCK_UNCONFIRMED'
  | 'CONFLICT'
  | 'SAVE_FAILED'
  | 'NOT_FOUND'
>;

/**
 * A failure a person can understand. The message is safe to show: it never contains a path,
 * SQL or a stack trace (the IPC router and the CLI print it as it is).
 */
export class VaultError extends CodedError<VaultErrorCode> {
  constructor(code: VaultErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'VaultError';
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
