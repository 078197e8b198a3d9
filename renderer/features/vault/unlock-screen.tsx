import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { EmergencyLine } from '../../components/emergency-line';
import type { IpcError } from '../../../shared/ipc/error-codes';
import type { LockReason, VaultStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { useSetField } from '../../lib/form-state';
import { useRestoreNewestBackup, useUnlock } from './api';
import { LockedCheckIn } from './locked-check-in';
import { LockedSafetyPlan } from './locked-safety-plan';
import { describeVaultError } from './vault-error-text';

// With its passphrase checker, loaded only when the person asks for it.
const RecoveryUnlockForm = lazy(() =>
  import('./recovery-unlock-form').then((module) => ({ default: module.RecoveryUnlockForm })),
);

const lockedBecause: Partial<Record<LockReason, string>> = {
  idle: 'Waypoint locked itself after a while without activity. Everything was saved.',
  'system-suspend': 'Waypoint locked when the computer went to sleep. Everything was saved.',
  'screen-locked': 'Waypoint locked when the screen was locked. Everything was saved.',
  user: 'Waypoint is locked. Everything was saved.',
  'other-version':
    'Waypoint locked to open the other version of my vault, which has its own passphrase: I unlock it with that one. The version I had open is kept among my backups.',
};

/** Unlocking: any passphrase typed goes to main, which alone knows whether it opens the vault. */
const unlockSchema = z.object({ passphrase: z.string().min(1, 'Enter your passphrase.') });
type UnlockValues = z.input<typeof unlockSchema>;

/** Later runs: one field, a clear answer when it does not work, and no lost typing. */
export function UnlockScreen({
  status,
  lockReason,
  unsavedAtLock,
  onUnlocked,
}: {
  status: VaultStatus;
  lockReason: LockReason | undefined;
  /** Why the lock could not save the latest changes, when it could not. */
  unsavedAtLock?: string;
  onUnlocked(status: VaultStatus): void;
}) {
  const unlockVault = useUnlock();
  const restoreNewest = useRestoreNewestBackup();
  const input = useRef<HTMLInputElement>(null);
  const form = useForm<UnlockValues>({
    defaultValues: { passphrase: '' },
    resolver: zodResolver(unlockSchema),
    shouldFocusError: false,
  });
  const { passphrase } = useWatch({ control: form.control }) as UnlockValues;
  const setField = useSetField(form);
  const [error, setError] = useState<IpcError>();
  const [forgotten, setForgotten] = useState(false);
  const unlocking = form.formState.isSubmitting || restoreNewest.pending;
  const fieldError = form.formState.errors.passphrase?.message;

  async function restoreNewestBackup(): Promise<void> {
    const result = await restoreNewest.run({ passphrase });
    if (result.ok) onUnlocked(result.value);
    else setError(result.error);
  }

  if (forgotten) {
    return (
      <main className="gate" aria-labelledby="unlock-title">
        <div className="gate-card">
          <h1 id="unlock-title">Unlock Waypoint</h1>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <RecoveryUnlockForm status={status} onUnlocked={onUnlocked} onBack={() => setForgotten(false)} />
          </Suspense>
          <EmergencyLine />
        </div>
      </main>
    );
  }

  /** `openAnyway`: the person read why the vault's lock cannot be confirmed, and chose to open it. */
  const unlock = (openAnyway: boolean) =>
    form.handleSubmit(
      async ({ passphrase: typed }) => {
        setError(undefined);
        const result = await unlockVault.run(openAnyway ? { passphrase: typed, openAnyway } : { passphrase: typed });
        if (result.ok) {
          onUnlocked(result.value);
          return;
        }
        setError(result.error);
        requestAnimationFrame(() => input.current?.select());
      },
      () => setError(undefined),
    );

  const text = error && error.code !== 'INVALID_INPUT' ? describeVaultError(error, status) : undefined;
  const explained = error !== undefined || fieldError !== undefined;
  return (
    <main className="gate" aria-labelledby="unlock-title">
      <div className="gate-card">
        <h1 id="unlock-title">Unlock Waypoint</h1>
        {lockReason && !explained && !unsavedAtLock && <Notice tone="info">{lockedBecause[lockReason]}</Notice>}
        {unsavedAtLock && !explained && (
          <Notice tone="info">
            Waypoint locked, but could not save my latest changes: {unsavedAtLock} They are kept encrypted, and come
            back and are saved when I unlock.
          </Notice>
        )}
        <form onSubmit={(event) => void unlock(false)(event)} noValidate aria-busy={unlocking}>
          <PassphraseField
            label="Passphrase"
            value={passphrase}
            onChange={(typed) => setField('passphrase', typed)}
            autoComplete="current-password"
            error={fieldError ?? (error?.code === 'INVALID_INPUT' ? error.message : undefined)}
            inputRef={input}
            autoFocus
            disabled={unlocking}
          />
          {text && (
            <Notice tone="error" title={text.title}>
              <p>{text.body}</p>
              {error?.code === 'VAULT_LOCK_UNCONFIRMED' && (
                <button type="button" className="button-secondary" onClick={() => void unlock(true)()}>
                  Open anyway
                </button>
              )}
              {error?.code === 'DAMAGED' && (
                <button type="button" className="button-secondary" onClick={() => void restoreNewestBackup()}>
                  Restore my newest backup
                </button>
              )}
            </Notice>
          )}
          {unlocking && (
            <Notice tone="info">
              <span className="spinner" aria-hidden="true" /> Unlocking…
            </Notice>
          )}
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={unlocking}>
              {unlocking ? 'Unlocking…' : 'Unlock'}
            </button>
            <button type="button" className="button-quiet" onClick={() => setForgotten(true)} disabled={unlocking}>
              I forgot my passphrase
            </button>
          </div>
        </form>
        <EmergencyLine />
      </div>
      <LockedCheckIn />
      <LockedSafetyPlan />
    </main>
  );
}
