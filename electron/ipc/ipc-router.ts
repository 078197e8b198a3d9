import type { z } from 'zod';
import { invokeChannels, type InvokeChannel } from '../../shared/ipc/channel-names';
import { ipcContract, type ChannelInput, type ChannelOutput } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/error-codes';
import { CodedError } from './request-error';

/** One function per channel. A channel without a handler, or an extra handler, fails to compile. */
export type IpcHandlers = {
  [C in InvokeChannel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** Who sent an IPC call, as the router needs to judge it. */
export interface IpcSender {
  /** URL of the frame that sent the call. */
  url: string;
  /** True only for the window's own top frame (never an iframe). */
  isTopFrame: boolean;
}

/** Refused before parsing: no legitimate call is anywhere near this size. */
export const maxIpcInputBytes = 1024 * 1024;

export interface IpcRouter {
  dispatch(channel: unknown, input: unknown, sender: IpcSender): Promise<IpcResult<unknown>>;
}

export interface IpcRouterOptions {
  /** The app's own origin(s): `app://waypoint` in production, the dev server or test origin otherwise. */
  isTrustedOrigin(origin: string): boolean;
  /** Called for every accepted call, before its handler (used to reset the idle timer). */
  onCall?(channel: InvokeChannel): void;
  /** Where unexpected errors are logged in full; only a generic message reaches the renderer. */
  logUnexpected?(channel: string, error: unknown): void;
}

const knownChannels = new Set<string>(invokeChannels);

const failure = (code: IpcError['code'], message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Custom schemes report "null" as origin; compare scheme and host instead.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

function sizeOf(input: unknown): number {
  try {
    return JSON.stringify(input ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY; // cycles or BigInt: not something our renderer sends
  }
}

function describeInvalidInput(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That request was not valid.';
  const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${field}${issue.message}`;
}

/**
 * The one entry point for every call from the renderer: checks the sender, the channel, the size
 * and the schema, runs the handler, and turns every outcome into a result envelope. Nothing
 * thrown inside ever crosses as a stack trace.
 */
export function createIpcRouter(handlers: IpcHandlers, options: IpcRouterOptions): IpcRouter {
  return {
    async dispatch(channel, input, sender) {
      const origin = originOf(sender.url);
      if (!sender.isTopFrame || origin === undefined || !options.isTrustedOrigin(origin)) {
        return failure('FORBIDDEN', 'This request did not come from the Waypoint window.');
      }
      if (typeof channel !== 'string' || !knownChannels.has(channel)) {
        return failure('UNKNOWN_CHANNEL', 'That action is not part of Waypoint.');
      }
      const name = channel as InvokeChannel;
      if (sizeOf(input) > maxIpcInputBytes) {
        return failure('INVALID_INPUT', 'That is too much text to save at once.');
      }
      const parsed = ipcContract[name].input.safeParse(input);
      if (!parsed.success) return failure('INVALID_INPUT', describeInvalidInput(parsed.error));
      options.onCall?.(name);
      try {
        const handler = handlers[name] as (input: unknown) => Promise<unknown> | unknown;
        return { ok: true, value: (await handler(parsed.data)) ?? null };
      } catch (error) {
        if (error instanceof CodedError) return failure(error.code, error.message);
        options.logUnexpected?.(name, error);
        return failure('INTERNAL', 'Something went wrong in Waypoint. Nothing you saved was lost.');
      }
    },
  };
}
