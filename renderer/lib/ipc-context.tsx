import { createContext, useContext, type ReactNode } from 'react';
import type { IpcClient } from './ipc-client';

const IpcClientContext = createContext<IpcClient | undefined>(undefined);

/** Component tests pass a typed fake here; the app passes the client over `window.waypoint`. */
export function IpcClientProvider({ client, children }: { client: IpcClient; children: ReactNode }) {
  return <IpcClientContext.Provider value={client}>{children}</IpcClientContext.Provider>;
}

export function useIpcClient(): IpcClient {
  const client = useContext(IpcClientContext);
  if (!client) throw new Error('useIpcClient needs an IpcClientProvider above it.');
  return client;
}
