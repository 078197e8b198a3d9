import { useCallback, useEffect, useState } from 'react';
import type { LockReason, VaultStatus } from '../../shared/vault/vault-status';
import { Notice } from '../components/notice';
import { CreateVaultScreen } from '../features/vault/create-vault-screen';
import { UnlockScreen } from '../features/vault/unlock-screen';
import { useIpcClient } from '../lib/ipc-context';
import { flushPendingSaves } from '../lib/use-autosave';
import { AppShell } from './app-shell';

/** Shows create, unlock or the app, following the vault's state in main (which can lock on its own). */
export function VaultGate() {
  const ipc = useIpcClient();
  const [status, setStatus] = useState<VaultStatus>();
  const [lockReason, setLockReason] = useState<LockReason>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    void ipc.invoke('vault.status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
      else setProblem(result.error.message);
    });
    return ipc.on('vault.locked', ({ reason }) => {
      setLockReason(reason);
      setStatus((previous) => previous && { ...previous, state: 'locked' });
    });
  }, [ipc]);

  const lock = useCallback(() => {
    void flushPendingSaves()
      .then(() => ipc.invoke('vault.lock', {}))
      .then((result) => {
        if (!result.ok) setProblem(result.error.message);
      });
  }, [ipc]);

  const opened = useCallback((next: VaultStatus) => {
    setProblem(undefined);
    setLockReason(undefined);
    setStatus(next);
  }, []);

  if (!status) {
    return (
      <main className="gate">
        {problem ? (
          <Notice tone="error" title="Waypoint could not start.">
            {problem}
          </Notice>
        ) : (
          <p role="status">Starting…</p>
        )}
      </main>
    );
  }
  if (status.state === 'no-vault') return <CreateVaultScreen onCreated={opened} />;
  if (status.state === 'locked') return <UnlockScreen status={status} lockReason={lockReason} onUnlocked={opened} />;
  return (
    <>
      {problem && (
        <div className="save-banner" role="alert">
          {problem}
        </div>
      )}
      <AppShell status={status} onLock={lock} />
    </>
  );
}
