import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import { NewPassphraseFields, useNewPassphrase } from '../../components/new-passphrase-fields';
import { useIpcClient } from '../../lib/ipc-context';

/** First run: choose a passphrase, understand it cannot be recovered, and wait for the vault to be sealed. */
export function CreateVaultScreen({ onCreated }: { onCreated(status: VaultStatus): void }) {
  const ipc = useIpcClient();
  const choice = useNewPassphrase();
  const [understood, setUnderstood] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string>();
  const understoodError = submitted && !understood ? 'Please confirm you have read this.' : undefined;

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (!choice.acceptable || !understood) return;
    setCreating(true);
    const result = await ipc.invoke('vault.create', { passphrase: choice.passphrase });
    setCreating(false);
    if (result.ok) onCreated(result.value);
    else setFailure(result.error.message);
  }

  return (
    <main className="gate" aria-labelledby="create-title">
      <div className="gate-card">
        <h1 id="create-title">Welcome to Waypoint</h1>
        <p className="lead">
          Your recovery plan and check-ins stay in one encrypted file on this computer. Nothing is sent anywhere. Choose
          a passphrase to lock it.
        </p>
        <form onSubmit={create} noValidate aria-busy={creating}>
          <NewPassphraseFields
            value={choice}
            submitted={submitted}
            labels={{ passphrase: 'Passphrase', confirmation: 'Type it again' }}
            hint="A few unrelated words are easier to remember than symbols, and harder to guess."
            autoFocus
            disabled={creating}
          />
          <Notice tone="warning" title="There is no way to recover a forgotten passphrase.">
            <p>
              Waypoint has no account and no copy of your passphrase. If you forget it, nobody — not even us — can open
              your vault. Consider writing it down and keeping it somewhere private.
            </p>
          </Notice>
          <div className="field field-check">
            <input
              id="understood"
              type="checkbox"
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
              aria-invalid={understoodError ? true : undefined}
              aria-describedby={understoodError ? 'understood-error' : undefined}
              disabled={creating}
            />
            <label htmlFor="understood">I understand that a forgotten passphrase cannot be recovered.</label>
            {understoodError && (
              <p id="understood-error" className="field-error">
                {understoodError}
              </p>
            )}
          </div>
          {failure && (
            <Notice tone="error" title="The vault was not created.">
              {failure}
            </Notice>
          )}
          {creating && (
            <Notice tone="info">
              <span className="spinner" aria-hidden="true" /> Creating and encrypting your vault. This takes a few
              seconds…
            </Notice>
          )}
          <button type="submit" className="button-primary" disabled={creating}>
            {creating ? 'Creating your vault…' : 'Create my vault'}
          </button>
        </form>
      </div>
    </main>
  );
}
