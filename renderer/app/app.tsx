import { lazy, Suspense, useMemo } from 'react';
import { createIpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { printRoutePrefix } from '../../shared/pdf-export/report-data';
import { VaultGate } from './vault-gate';

const PrintView = lazy(() => import('./print-view').then((module) => ({ default: module.PrintView })));

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
  // A host prints the PDF from this same page, opened off-screen at `#/print/<job id>`.
  const printJob = window.location.hash.startsWith(`#/${printRoutePrefix}`)
    ? window.location.hash.slice(`#/${printRoutePrefix}`.length)
    : undefined;
  return (
    <IpcClientProvider client={client}>
      {printJob ? (
        <Suspense fallback={null}>
          <PrintView jobId={printJob} />
        </Suspense>
      ) : (
        <VaultGate />
      )}
    </IpcClientProvider>
  );
}
