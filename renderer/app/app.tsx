import { lazy, Suspense, useMemo } from 'react';
import { createIpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { printRoutePrefix } from '../../shared/pdf-export/report-data';
import { recoveryKeyPrintRoutePrefix } from '../../shared/vault/recovery-key-page';
import { VaultGate } from './vault-gate';

const PrintView = lazy(() => import('./print-view').then((module) => ({ default: module.PrintView })));
const RecoveryKeyPrintView = lazy(() =>
  import('./recovery-key-print-view').then((module) => ({ default: module.RecoveryKeyPrintView })),
);

/** The job id in `#/<prefix><id>`, when the page was opened at that route. */
function jobIn(prefix: string): string | undefined {
  return window.location.hash.startsWith(`#/${prefix}`) ? window.location.hash.slice(`#/${prefix}`.length) : undefined;
}

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
  // A host prints PDFs from this same page, opened off-screen at `#/print/<job id>` (the plan) or
  // `#/print-recovery-key/<job id>` (the recovery key's page).
  const printJob = jobIn(printRoutePrefix);
  const recoveryKeyJob = jobIn(recoveryKeyPrintRoutePrefix);
  return (
    <IpcClientProvider client={client}>
      {printJob || recoveryKeyJob ? (
        <Suspense fallback={null}>
          {printJob ? <PrintView jobId={printJob} /> : <RecoveryKeyPrintView jobId={recoveryKeyJob!} />}
        </Suspense>
      ) : (
        <VaultGate />
      )}
    </IpcClientProvider>
  );
}
