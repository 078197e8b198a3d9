import { useEffect, useRef } from 'react';
import type { EventChannel } from '../../shared/ipc/channel-names';
import type { EventPayload } from '../../shared/ipc/contract';
import { useIpcClient } from './ipc-context';

/**
 * Follows what main tells the window on its own (a save, a lock, a reminder clicked) while the
 * component is on screen. The latest `listener` is called; the subscription itself is made once.
 */
export function useIpcEvent<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const ipc = useIpcClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => ipc.on(event, (payload) => latest.current(payload)), [ipc, event]);
}
