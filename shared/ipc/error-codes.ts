/** Every way an IPC call can fail. Closed: the renderer can switch over it exhaustively. */
export const errorCodes = [
  'NO_VAULT',
  'VAULT_EXISTS',
  'LOCKED',
  'WRONG_PASSPHRASE',
  /** A recovery key with a typo, one for another vault, or a vault without one. */
  'WRONG_RECOVERY_KEY',
  'DAMAGED',
  'UNSUPPORTED_VERSION',
  'NOT_A_VAULT',
  'VAULT_BUSY',
  /** The vault's lock names a holder that cannot be confirmed running: the person may open it anyway. */
  'VAULT_LOCK_UNCONFIRMED',
  'CONFLICT',
  'SAVE_FAILED',
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface IpcError {
  code: ErrorCode;
  /** One calm sentence a person can act on. Never a stack trace, SQL or file-system path. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
