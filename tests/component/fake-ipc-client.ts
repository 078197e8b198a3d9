import type { EventChannel, InvokeChannel } from '../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput, EventPayload } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/error-codes';
import type { IpcClient } from '../../renderer/lib/ipc-client';

type FakeHandlers = {
  [C in InvokeChannel]?: (input: ChannelInput<C>) => IpcResult<ChannelOutput<C>> | Promise<IpcResult<ChannelOutput<C>>>;
};

/** A typed stand-in for main: answers from the given handlers and records every call. */
export function fakeIpcClient(handlers: FakeHandlers = {}) {
  const calls: { channel: InvokeChannel; input: unknown }[] = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const client: IpcClient = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      const handler = handlers[channel] as ((input: unknown) => IpcResult<never>) | undefined;
      if (!handler) throw new Error(`The fake has no answer for ${channel}`);
      return handler(input);
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return {
    client,
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

export const vaultStatus = (state: 'no-vault' | 'locked' | 'unlocked') => ({
  state,
  vaultPath: '/home/sam/.config/Waypoint/waypoint.vault',
  backupFolder: '/home/sam/.config/Waypoint/waypoint-backups',
});
