import type { WaypointBridge } from '../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput, EventPayload } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/error-codes';

declare global {
  interface Window {
    /** Installed by the preload (or the test host); the renderer's only way to main. */
    waypoint?: WaypointBridge;
  }
}

/** The typed face of the bridge: channel names, inputs and outputs all come from the contract. */
export interface IpcClient {
  invoke<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createIpcClient(bridge: WaypointBridge): IpcClient {
  return {
    invoke: async <C extends InvokeChannel>(channel: C, input: ChannelInput<C>) => {
      try {
        return (await bridge.invoke(channel, input)) as IpcResult<ChannelOutput<C>>;
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'Waypoint could not reach its storage. Try again.' },
        } as const;
      }
    },
    on: (event, listener) => bridge.on(event, (payload) => listener(payload as never)),
  };
}
