import type { ReactNode } from 'react';
import type { IpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { SlotsProvider } from '../lib/slots';
import { featureSlots } from './feature-slots';

/**
 * What every screen needs above it: the connection to main with its cache, and the slots filled by
 * their features. The app passes the client over `window.waypoint`; component tests a typed fake.
 */
export function AppProviders({ client, children }: { client: IpcClient; children: ReactNode }) {
  return (
    <IpcClientProvider client={client}>
      <SlotsProvider slots={featureSlots}>{children}</SlotsProvider>
    </IpcClientProvider>
  );
}
