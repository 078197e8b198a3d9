import type { ErrorCode } from '../../shared/ipc/error-codes';

/**
 * A request a service refuses for a reason the person can act on: it asks for something that is
 * not there, or that breaks a rule the schema alone cannot check. The message is shown as it is.
 */
export class RequestError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'INVALID_INPUT' | 'NOT_FOUND' | 'SAVE_FAILED'>,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
