import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import {
  blankPassphraseChoice,
  NewPassphraseFields,
  passphraseChoiceShape,
  typedTwice,
} from '../../components/new-passphrase-fields';
import { useSetField } from '../../lib/form-state';
import { useCreateVault } from './api';
import { OpenVaultFile } from './open-vault-file';
import { RecoveryKeyMaker } from './recovery-key-maker';

/** The first-run form: a passphrase chosen, and what a forgotten one means understood. */
const createVaultSchema = typedTwice(
  z.object({
    ...passphraseChoiceShape,
    understood: z.boolean().refine((understood) => understood, 'Please confirm you have read this.'),
  }),
);

type CreateVaultValues = z.input<typeof createVaultSchema>;

/**
 * First run: choose a passphrase, understand what a forgotten one means, wait for the vault to be
 * sealed, then (if I want) make a recovery key. Or open a vault file I already have.
 */
export function CreateVaultScreen({
  status,
  onCreated,
}: {
  status: VaultStatus;
  onCreated(status: VaultStatus): void;
}) {
  const createVault = useCreateVault();
  const [failure, setFailure] = useState<string>();
  const [created, setCreated] = useState<VaultStatus>();
  const form = useForm<CreateVaultValues>({
    defaultValues: { ...blankPassphraseChoice, understood: false },
    resolver: zodResolver(createVaultSchema),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as CreateVaultValues;
  const setField = useSetField(form);
  const { errors, isSubmitting: creating } = form.formState;
  const understoodError = errors.understood?.message;

  const create = form.handleSubmit(async ({ passphrase }) => {
    setFailure(undefined);
    const result = await createVault.run({ passphrase });
    if (result.ok) setCreated(result.value);
    else setFailure(result.error.message);
  });

  if (created) {
    return (
      <main className="gate" aria-labelledby="create-title">
        <div className="gate-card">
          <h1 id="create-title">My vault is ready</h1>
          <p className="lead">
            One more thing, if I want it: a recovery key. It opens my vault if I ever forget my passphrase. It is a code
            I write down or print and keep somewhere safe, away from this computer. I can also make one later in
            Settings.
          </p>
          <RecoveryKeyMaker
            passphrase={values.passphrase}
            replacing={false}
            onDone={() => onCreated(created)}
            onCancel={() => onCreated(created)}
          />
        </div>
      </main>
    );
  }

  return (
    <main className="gate" aria-labelledby="create-title">
      <div className="gate-card">
        <h1 id="create-title">Welcome to Waypoint</h1>
        <p className="lead">
          Your recovery plan and check-ins stay in one encrypted file on this computer. Nothing is sent anywhere. Choose
          a passphrase to lock it.
        </p>
        <form onSubmit={(event) => void create(event)} noValidate aria-busy={creating}>
          <NewPassphraseFields
            value={values}
            onChange={setField}
            errors={errors}
            labels={{ passphrase: 'Passphrase', confirmation: 'Type it again' }}
            hint="A few unrelated words are easier to remember than symbols, and harder to guess."
            autoFocus
            disabled={creating}
          />
          <Notice tone="warning" title="Waypoint cannot recover a forgotten passphrase on its own.">
            <p>
              Waypoint has no account and no copy of your passphrase. If you forget it, nobody — not even us — can open
              your vault, unless you make a recovery key: Waypoint offers one next.
            </p>
          </Notice>
          <div className="field field-check">
            <input
              id="understood"
              type="checkbox"
              checked={values.understood}
              onChange={(event) => setField('understood', event.target.checked)}
              aria-invalid={understoodError ? true : undefined}
              aria-describedby={understoodError ? 'understood-error' : undefined}
              disabled={creating}
            />
            <label htmlFor="understood">
              I understand that without a recovery key, a forgotten passphrase cannot be recovered.
            </label>
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
        {!creating && <OpenVaultFile status={status} onOpened={onCreated} />}
      </div>
    </main>
  );
}
