import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../shared/ipc/error-codes';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { useChooseVaultFile, useOpenChosenFile } from './api';
import { describeVaultError } from './vault-error-text';

/**
 * First run, "Open a vault file…": a vault from another computer, or a backup copy (from a USB
 * drive or a synced folder). Waypoint copies it in as this computer's vault once its passphrase
 * opens it; the file chosen is not changed.
 */
export function OpenVaultFile({ status, onOpened }: { status: VaultStatus; onOpened(status: VaultStatus): void }) {
  const chooseFile = useChooseVaultFile();
  const openChosenFile = useOpenChosenFile();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<IpcError>();

  async function choose(): Promise<void> {
    setError(undefined);
    const result = await chooseFile.run({});
    if (!result.ok) setError(result.error);
    else if (result.value) {
      setChosen(result.value.fileName);
      requestAnimationFrame(() => input.current?.focus());
    }
  }

  async function open(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!passphrase) {
      setError({ code: 'INVALID_INPUT', message: 'Enter the passphrase for that vault.' });
      return;
    }
    setWorking(true);
    setError(undefined);
    const result = await openChosenFile.run({ passphrase });
    setWorking(false);
    if (result.ok) onOpened(result.value);
    else {
      setError(result.error);
      requestAnimationFrame(() => input.current?.select());
    }
  }

  const text = error && error.code !== 'INVALID_INPUT' ? describeVaultError(error, status) : undefined;
  return (
    <section className="open-vault-file" aria-labelledby="open-vault-file-title">
      <h2 id="open-vault-file-title">Already have a vault?</h2>
      <p>
        A vault from another computer, or a backup copy on a USB drive or in a synced folder: Waypoint copies it here
        and opens it with its passphrase. The file I choose is not changed.
      </p>
      {!chosen && (
        <button type="button" className="button-secondary" onClick={() => void choose()}>
          Open a vault file…
        </button>
      )}
      {chosen && (
        <form onSubmit={open} noValidate aria-busy={working}>
          <p>
            Chosen: <code>{chosen}</code>{' '}
            <button
              type="button"
              className="button-quiet button-small"
              onClick={() => void choose()}
              disabled={working}
            >
              Choose another file…
            </button>
          </p>
          <PassphraseField
            label="Passphrase for that vault"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            error={error?.code === 'INVALID_INPUT' ? error.message : undefined}
            inputRef={input}
            disabled={working}
          />
          {text && (
            <Notice tone="error" title={text.title}>
              <p>{text.body}</p>
            </Notice>
          )}
          <button type="submit" className="button-primary" disabled={working}>
            {working ? 'Opening…' : 'Open this vault'}
          </button>
        </form>
      )}
    </section>
  );
}
