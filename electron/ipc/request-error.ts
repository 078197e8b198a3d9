import type { ErrorCode } from '../../shared/ipc/error-codes';

/**
 * An error written for the person: its code is one of the contract's, and its message is safe to
 * show as it is (never a path, SQL or a stack trace). Every service's own errors extend it, so the
 * IPC router sends any of them across as `{ code, message }` without knowing the service.
 */
export abstract class CodedError<Code extends ErrorCode = ErrorCode> extends Error {
  protected constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A request a service refuses for a reason the person can act on: it asks for something that is
 * not there, or that breaks a rule the schema alone cannot check. The message is shown as it is.
 */
export class RequestError extends CodedError<Extract<ErrorCode, 'INVALID_INPUT' | 'NOT_FOUND' | 'SAVE_FAILED'>> {
  constructor(code: RequestError['code'], message: string) {
    super(code, message);
    this.name = 'RequestError';
  }
}
