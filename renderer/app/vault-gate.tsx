import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { LockReason, VaultStatus } from '../../shared/vault/vault-status';
import { Notice } from '../components/notice';
import { ScreenLoading } from '../components/screen-loading';
import { describeKeyChange } from '../../shared/vault/key-change-words';
import { useLock, useVaultStatus } from '../features/vault/api';
import { UnlockScreen } from '../features/vault/unlock-screen';
import { useIpcEvent } from '../lib/ipc-events';
import { useForgetSessionData, useSetAnswer } from '../lib/ipc-query';
import { flushPendingSaves } from '../lib/pending-saves';
import { reminderClicked } from '../lib/reminder-clicks';
import { useReadyToLock } from './api';
import { formatTimeAt } from '../../shared/dates/format-time';

// Only the unlock screen is in the first script: the app itself, and the create-vault screen with
// its passphrase checker, load when they are needed, from the app's own files.
const AppShell = lazy(() => import('./app-shell').then((module) => ({ default: module.AppShell })));
const CreateVaultScreen = lazy(() =>
  import('../features/vault/create-vault-screen').then((module) => ({ default: module.CreateVaultScreen })),
);
const gateLoading = (
  <main className="gate">
    <ScreenLoading />
  </main>
);

/** Shows create, unlock or the app, following the vault's state in main (which can lock on its own). */
export function VaultGate() {
  const { data: vault, error: vaultError } = useVaultStatus();
  const startError = vaultError?.message;
  const { run: lockVault } = useLock();
  const { run: readyToLock } = useReadyToLock();
  const forgetSessionData = useForgetSessionData();
  const setVault = useSetAnswer('vault.status');
  // Main can lock on its own (idle, sleep, screen lock): it says so, and the gate follows.
  const [lockedByMain, setLockedByMain] = useState(false);
  const [lockReason, setLockReason] = useState<LockReason>();
  // Why the last lock could not save, when it could not: the unlock screen says so.
  const [unsavedAtLock, setUnsavedAtLock] = useState<string>();
  // After an unlock that brought back changes a lock could not save: what happened to them.
  const [restored, setRestored] = useState<VaultStatus['restored']>();
  const [problem, setProblem] = useState<string>();
  // After a restore: what happened, and a new app (every screen reads the restored vault afresh).
  const [replacedMessage, setReplacedMessage] = useState<string>();
  const [shellGeneration, setShellGeneration] = useState(0);
  const status: VaultStatus | undefined = vault && lockedByMain ? { ...vault, state: 'locked' } : vault;

  // A reminder clicked while locked waits for the unlock; the app acts on it once it is open.
  useIpcEvent('reminders.opened', ({ target }) => reminderClicked(target));

  // Main is about to lock on its own: what the forms have not sent yet goes first, then the answer.
  useIpcEvent('vault.locking', ({ id }) => void flushPendingSaves().then(() => readyToLock({ id })));
  // The window is closing (which locks): what the forms have not sent yet goes on its way now.
  useEffect(() => {
    const sendPending = (): void => void flushPendingSaves();
    window.addEventListener('pagehide', sendPending);
    return () => window.removeEventListener('pagehide', sendPending);
  }, []);

  useIpcEvent('vault.locked', ({ reason, unsaved }) => {
    setLockReason(reason);
    setUnsavedAtLock(unsaved?.message);
    setLockedByMain(true);
  });
  // Nothing read from the vault outlives its session: once the app is off screen, its answers go.
  const locked = status?.state === 'locked';
  useEffect(() => {
    if (locked) forgetSessionData();
  }, [locked, forgetSessionData]);

  const lock = useCallback(() => {
    void flushPendingSaves()
      .then(() => lockVault({}))
      .then((result) => {
        if (!result.ok) setProblem(result.error.message);
      });
  }, [lockVault]);

  const opened = useCallback(
    (next: VaultStatus) => {
      setProblem(undefined);
      setLockReason(undefined);
      setUnsavedAtLock(undefined);
      setRestored(next.restored);
      const notices = [
        next.restoredFromBackup &&
          `My vault file was damaged, so Waypoint restored my backup from ${
            next.restoredFromBackup.madeAt
              ? new Date(next.restoredFromBackup.madeAt).toLocaleString(undefined, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })
              : 'an unknown date'
          }. The damaged file is kept beside my vault.`,
        next.keyChange && `My new passphrase is set. ${describeKeyChange(next.keyChange).join(' ')}`,
        next.backupsUnderEarlierKeys?.length &&
          `${
            next.backupsUnderEarlierKeys.length === 1
              ? 'One backup from before my last passphrase change'
              : `${next.backupsUnderEarlierKeys.length} backups from before my last passphrase change`
          } could not be re-sealed, so ${
            next.backupsUnderEarlierKeys.length === 1 ? 'it still opens' : 'they still open'
          } with my earlier passphrase only. Nothing was removed: Settings → Backups lists ${
            next.backupsUnderEarlierKeys.length === 1 ? 'it' : 'them'
          }, where I can remove what I no longer want.`,
      ].filter((notice): notice is string => typeof notice === 'string');
      setReplacedMessage(notices.length > 0 ? notices.join(' ') : undefined);
      setLockedByMain(false);
      // Unlocking has put this state in the cache already (see data-flow.ts); a new vault puts it now,
      // once the person has seen its recovery-key offer.
      setVault(next);
    },
    [setVault],
  );
  const contentsReplaced = useCallback((message: string) => {
    setReplacedMessage(message);
    setShellGeneration((previous) => previous + 1);
  }, []);

  if (!status) {
    return (
      <main className="gate">
        {startError ? (
          <Notice tone="error" title="Waypoint could not start.">
            {startError}
          </Notice>
        ) : (
          <p role="status">Starting…</p>
        )}
      </main>
    );
  }
  if (status.state === 'no-vault') {
    return (
      <Suspense fallback={gateLoading}>
        <CreateVaultScreen status={status} onCreated={opened} />
      </Suspense>
    );
  }
  if (status.state === 'locked') {
    return <UnlockScreen status={status} lockReason={lockReason} unsavedAtLock={unsavedAtLock} onUnlocked={opened} />;
  }
  return (
    <>
      {problem && (
        <div className="save-banner" role="alert">
          {problem}
        </div>
      )}
      {restored && <RestoredChanges restored={restored} onDismiss={() => setRestored(undefined)} />}
      {replacedMessage && (
        <div className="restored-banner" role="status">
          <p>{replacedMessage}</p>
          <button type="button" className="button-quiet button-small" onClick={() => setReplacedMessage(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      <Suspense fallback={gateLoading}>
        <AppShell key={shellGeneration} status={status} onLock={lock} onContentsReplaced={contentsReplaced} />
      </Suspense>
    </>
  );
}

/** After an unlock: the changes a lock could not save are back, and whether they are saved now. */
function RestoredChanges({
  restored,
  onDismiss,
}: {
  restored: NonNullable<VaultStatus['restored']>;
  onDismiss(): void;
}) {
  const at = formatTimeAt(restored.lockedAt);
  return (
    <div className="restored-banner" role="status">
      <p>
        When Waypoint locked at {at}, it could not save my latest changes ({restored.reason}). It kept them encrypted,
        and they are all back.{' '}
        {restored.saved
          ? 'They are saved now. Nothing was lost.'
          : 'They are not saved yet: keep Waypoint open and see the message below.'}
      </p>
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
