import { useMemo } from 'react';
import { createIpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { VaultGate } from './vault-gate';

export function App() {
  const bridge = window.waypoint;
  const client = useMemo(() => bridge && createIpcClient(bridge), [bridge]);
  if (!client) {
    return (
      <main className="gate">
        <p role="alert">Waypoint must be opened as the desktop app, not in a web browser.</p>
      </main>
    );
  }
  return (
    <IpcClientProvider client={client}>
      <VaultGate />
    </IpcClientProvider>
  );
}
