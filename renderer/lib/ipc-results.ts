import type { IpcResult } from '../../shared/ipc/error-codes';

/** The messages of the calls that failed, as one sentence; undefined when every call succeeded. */
export function failureMessage(results: readonly IpcResult<unknown>[]): string | undefined {
  const messages = results.flatMap((result) => (result.ok ? [] : [result.error.message]));
  return messages.length ? [...new Set(messages)].join(' ') : undefined;
}
