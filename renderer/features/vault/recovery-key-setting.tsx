import { useState, type FormEvent } from 'react';
import { describeKeyChange } from '../../../shared/vault/key-change-words';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { RecoveryKeyMaker } from './recovery-key-maker';
import { useRecoveryKey, useRemoveRecoveryKey } from './api';

type Step = 'idle' | 'making' | 'removing';

/**
 * Settings → My recovery key: whether there is one, making one (or a new one), and removing it.
 * After each change it says what opens the vault now.
 */
export function RecoveryKeySetting() {
  const recoveryKey = useRecoveryKey();
  const [step, setStep] = useState<Step>('idle');
  const [done, setDone] = useState<string>();
  const exists = recoveryKey.data?.exists;

  const finished = (message: string) => {
    setStep('idle');
    setDone(message);
  };

  return (
    <section className="card" aria-labelledby="recovery-key-title">
      <h2 id="recovery-key-title">My recovery key</h2>
      {exists === undefined ? null : exists ? (
        <p>
          I have a recovery key. If I forget my passphrase, it opens my vault and I choose a new passphrase. If I have
          lost the page, or someone else may have seen it, I make a new one: the old one then stops working. Or I remove
          it, and only my passphrase opens my vault.
        </p>
      ) : (
        <p>
          A recovery key opens my vault if I forget my passphrase. Without one, a forgotten passphrase means nobody can
          open my vault, not even the makers of Waypoint. It is a code of 32 letters and digits to write down or print.
        </p>
      )}
      {done && step === 'idle' && <Notice tone="success">{done}</Notice>}
      {step === 'making' && (
        <RecoveryKeyMaker
          replacing={exists === true}
          onDone={(outcome) =>
            finished(
              `My recovery key is ready. I keep the page somewhere safe, away from this computer. ${describeKeyChange(outcome).join(' ')}`,
            )
          }
          onCancel={() => setStep('idle')}
        />
      )}
      {step === 'removing' && (
        <RemoveRecoveryKey onDone={(message) => finished(message)} onCancel={() => setStep('idle')} />
      )}
      {step === 'idle' && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDone(undefined);
              setStep('making');
            }}
          >
            {exists ? 'Make a new recovery key' : 'Make a recovery key'}
          </button>
          {exists && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                setDone(undefined);
                setStep('removing');
              }}
            >
              Remove my recovery key
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** My passphrase, to make sure it is me, then the recovery key stops opening the vault (old copies included). */
function RemoveRecoveryKey({ onDone, onCancel }: { onDone(message: string): void; onCancel(): void }) {
  const removeKey = useRemoveRecoveryKey();
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();

  async function remove(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter my passphrase.');
      return;
    }
    setWorking(true);
    setError(undefined);
    const result = await removeKey.run({ passphrase });
    setWorking(false);
    if (result.ok) onDone(`My recovery key is removed. ${describeKeyChange(result.value).join(' ')}`);
    else
      setError(
        result.error.code === 'WRONG_PASSPHRASE' ? 'That is not my passphrase. Try again.' : result.error.message,
      );
  }

  return (
    <form onSubmit={remove} noValidate aria-busy={working}>
      <p>
        Without a recovery key, only my passphrase opens my vault: if I forget it, nobody can open my vault. The page I
        wrote down no longer opens my vault, nor anything I write from now on.
      </p>
      <PassphraseField
        label="My passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        hint="To make sure it is me."
        error={error}
        autoFocus
        disabled={working}
      />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={working}>
          {working ? 'Removing my recovery key…' : 'Remove my recovery key'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel} disabled={working}>
          Keep it
        </button>
      </div>
    </form>
  );
}
