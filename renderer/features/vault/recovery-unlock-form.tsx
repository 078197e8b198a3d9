import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../shared/ipc/error-codes';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import { NewPassphraseFields, useNewPassphrase } from '../../components/new-passphrase-fields';
import { useUnlockWithRecoveryKey } from './api';
import { RecoveryKeyField } from '../../components/recovery-key-field';
import { describeVaultError } from './vault-error-text';

/**
 * "I forgot my passphrase": the recovery key opens the vault, and a new passphrase is chosen in the
 * same step (the recovery key keeps working afterwards).
 */
export function RecoveryUnlockForm({
  status,
  onUnlocked,
  onBack,
}: {
  status: VaultStatus;
  onUnlocked(status: VaultStatus): void;
  onBack(): void;
}) {
  const unlockWithKey = useUnlockWithRecoveryKey();
  const keyInput = useRef<HTMLInputElement>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const next = useNewPassphrase();
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<IpcError>();
  const keyError = submitted && !recoveryKey.trim() ? 'Type my recovery key.' : undefined;

  async function unlock(event: FormEvent, openAnyway = false): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    setError(undefined);
    if (!recoveryKey.trim() || !next.acceptable) return;
    setWorking(true);
    const input = { recoveryKey, nextPassphrase: next.passphrase };
    const result = await unlockWithKey.run(openAnyway ? { ...input, openAnyway } : input);
    setWorking(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    setError(result.error);
    if (result.error.code === 'WRONG_RECOVERY_KEY') requestAnimationFrame(() => keyInput.current?.focus());
  }

  const text = error && describeVaultError(error, status);
  return (
    <form onSubmit={unlock} noValidate aria-busy={working} aria-labelledby="recovery-unlock-title">
      <h2 id="recovery-unlock-title">Unlock with my recovery key</h2>
      <p>
        My recovery key is the code of 8 groups I wrote down or printed when I made it. It opens my vault, and I choose
        a new passphrase now. My recovery key keeps working afterwards.
      </p>
      <RecoveryKeyField
        label="My recovery key"
        value={recoveryKey}
        onChange={setRecoveryKey}
        error={keyError}
        inputRef={keyInput}
        autoFocus
        disabled={working}
      />
      <NewPassphraseFields
        value={next}
        submitted={submitted}
        labels={{ passphrase: 'My new passphrase', confirmation: 'Type the new passphrase again' }}
        disabled={working}
      />
      {text && (
        <Notice tone="error" title={text.title}>
          <p>{text.body}</p>
          {error?.code === 'VAULT_LOCK_UNCONFIRMED' && (
            <button type="button" className="button-secondary" onClick={(event) => void unlock(event, true)}>
              Open anyway
            </button>
          )}
        </Notice>
      )}
      {working && (
        <Notice tone="info">
          <span className="spinner" aria-hidden="true" /> Unlocking and setting my new passphrase…
        </Notice>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={working}>
          {working ? 'Unlocking…' : 'Unlock and set my new passphrase'}
        </button>
        <button type="button" className="button-quiet" onClick={onBack} disabled={working}>
          Back to my passphrase
        </button>
      </div>
    </form>
  );
}
