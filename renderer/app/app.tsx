import { lazy, Suspense, useMemo, useSyncExternalStore } from 'react';
import { createIpcClient } from '../lib/ipc-client';
import { IpcClientProvider } from '../lib/ipc-context';
import { printRoutePrefix } from '../../shared/pdf-export/report-data';
import { recoveryKeyPrintRoutePrefix } from '../../shared/vault/recovery-key-page';
import { VaultGate } from './vault-gate';

// The slots (and with them the charts and the plan's print parts) load with the app shell or a
// print page, never with the unlock screen.
const PrintRoute = lazy(() => import('./print-route').then((module) => ({ default: module.PrintRoute })));
const RecoveryKeyPrintView = lazy(() =>
  import('../features/vault/recovery-key-print-view').then((module) => ({ default: module.RecoveryKeyPrintView })),
);

/** The job id in `#/<prefix><id>`, when the page was opened at that route. */
function jobIn(hash: string, prefix: string): string | undefined {
  return hash.startsWith(`#/${prefix}`) ? hash.slice(`#/${prefix}`.length) : undefined;
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The location's hash, followed: a host moves a print page from one job to the next this way. */
const useHash = () => useSyncExternalStore(subscribeToHash, () => window.location.hash);

export function App() {
  const bridge = window.waypoint;
  const hash = useHash();
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
  const printJob = jobIn(hash, printRoutePrefix);
  const recoveryKeyJob = jobIn(hash, recoveryKeyPrintRoutePrefix);
  return (
    <IpcClientProvider client={client}>
      {printJob || recoveryKeyJob ? (
        <Suspense fallback={null}>
          {printJob ? <PrintRoute key={printJob} jobId={printJob} /> : <RecoveryKeyPrintView jobId={recoveryKeyJob!} />}
        </Suspense>
      ) : (
        <VaultGate />
      )}
    </IpcClientProvider>
  );
}
