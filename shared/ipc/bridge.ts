import type { IpcResult } from './error-codes';

/**
 * The one object the renderer sees as `window.waypoint`. The preload builds it over Electron's
 * ipcRenderer; the Chromium test host builds the same object over a Playwright binding.
 */
export interface WaypointBridge {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /** Returns a function that removes the listener. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export interface BridgeTransport {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Self-contained on purpose (no imports, no outside references): the Chromium test host injects
 * its source text into the page, so the same code guards both hosts.
 */
export function createBridge(
  transport: BridgeTransport,
  invokeChannels: readonly string[],
  eventChannels: readonly string[],
): WaypointBridge {
  const knownInvoke = new Set(invokeChannels);
  const knownEvents = new Set(eventChannels);
  return Object.freeze({
    invoke(channel: string, input: unknown): Promise<IpcResult<unknown>> {
      if (typeof channel !== 'string' || !knownInvoke.has(channel)) {
        return Promise.resolve({
          ok: false as const,
          error: { code: 'UNKNOWN_CHANNEL' as const, message: 'That action is not part of Waypoint.' },
        });
      }
      return transport.invoke(channel, input);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !knownEvents.has(event) || typeof listener !== 'function') {
        throw new TypeError('Unknown Waypoint event.');
      }
      return transport.subscribe(event, (payload) => listener(payload));
    },
  });
}
