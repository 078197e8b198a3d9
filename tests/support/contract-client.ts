import type { EventChannel, InvokeChannel } from '../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput, EventPayload } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/error-codes';
import type { IpcSender } from '../../electron/ipc/ipc-router';
import type { IpcRouter } from '../../electron/ipc/ipc-router';
import type { IpcClient } from '../../renderer/lib/ipc-client';

/** The app window as the router sees it. */
export const appSender: IpcSender = { url: 'app://waypoint/index.html', isTopFrame: true };
export const isAppOrigin = (origin: string) => origin === 'app://waypoint';

/**
 * Calls the real router the way the renderer does, typed by the contract. `send` is for the calls
 * a test makes on purpose with input the contract forbids (to prove main refuses it).
 */
export function contractClient(router: IpcRouter) {
  const calls: { channel: InvokeChannel; input: unknown }[] = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const send = (channel: InvokeChannel, input: unknown): Promise<IpcResult<unknown>> => {
    calls.push({ channel, input });
    return router.dispatch(channel, input, appSender);
  };
  const call = <C extends InvokeChannel>(channel: C, input: ChannelInput<C>) =>
    send(channel, input) as Promise<IpcResult<ChannelOutput<C>>>;
  /** The answer's value; a refusal fails the test with its code and message. */
  const value = async <C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const client: IpcClient = {
    invoke: call,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return {
    client,
    call,
    value,
    send,
    /** Every call made, in order. */
    calls,
    emit<E extends EventChannel>(event: E, payload: EventPayload<E>) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    /** True once a component listens for `event` (effects subscribe after the first paint). */
    listening(event: EventChannel): boolean {
      return (listeners.get(event)?.size ?? 0) > 0;
    },
  };
}
