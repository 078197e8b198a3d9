import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { IpcClient } from './ipc-client';
import { createQueryClient } from './ipc-query';

const IpcClientContext = createContext<IpcClient | undefined>(undefined);

/**
 * The renderer's connection to main: the typed client and the one cache of its answers. Component
 * tests pass a typed fake client here; the app passes the client over `window.waypoint`.
 */
export function IpcClientProvider({ client, children }: { client: IpcClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <IpcClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </IpcClientContext.Provider>
  );
}

export function useIpcClient(): IpcClient {
  const client = useContext(IpcClientContext);
  if (!client) throw new Error('useIpcClient needs an IpcClientProvider above it.');
  return client;
}
