import type { ReactNode } from 'react';
import type { IpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { SlotsProvider } from '../lib/slots';
import { featureSlots } from './feature-slots';

/**
 * What every screen needs above it: the connection to main with its cache, and the slots filled by
 * their features. Component tests render screens inside it with a typed fake client; the app itself
 * provides the two apart (the slots load with the shell, not with the unlock screen).
 */
export function AppProviders({ client, children }: { client: IpcClient; children: ReactNode }) {
  return (
    <IpcClientProvider client={client}>
      <SlotsProvider slots={featureSlots}>{children}</SlotsProvider>
    </IpcClientProvider>
  );
}
