import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { IpcError } from '../../../shared/ipc/error-codes';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import {
  blankPassphraseChoice,
  NewPassphraseFields,
  passphraseChoiceShape,
  typedTwice,
} from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { useSetField } from '../../lib/form-state';
import { useUnlockWithRecoveryKey } from './api';
import { RecoveryKeyField } from '../../components/recovery-key-field';
import { describeVaultError } from './vault-error-text';

/** The recovery key as typed (main reads its groups), and a new passphrase chosen. */
const recoveryUnlockSchema = typedTwice(
  z.object({
    recoveryKey: z.string().refine((typed) => typed.trim() !== '', 'Type my recovery key.'),
    ...passphraseChoiceShape,
  }),
);

type RecoveryUnlockValues = z.input<typeof recoveryUnlockSchema>;

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
  const [error, setError] = useState<IpcError>();
  const form = useForm<RecoveryUnlockValues>({
    defaultValues: { recoveryKey: '', ...blankPassphraseChoice },
    resolver: zodResolver(recoveryUnlockSchema),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as RecoveryUnlockValues;
  const setField = useSetField(form);
  const { errors, isSubmitting: working } = form.formState;

  /** `openAnyway`: the person read why the vault's lock cannot be confirmed, and chose to open it. */
  const unlock = (openAnyway: boolean) =>
    form.handleSubmit(async ({ recoveryKey, passphrase }) => {
      const input = { recoveryKey, nextPassphrase: passphrase };
      const result = await unlockWithKey.run(openAnyway ? { ...input, openAnyway } : input);
      if (result.ok) {
        onUnlocked(result.value);
        return;
      }
      setError(result.error);
      if (result.error.code === 'WRONG_RECOVERY_KEY') requestAnimationFrame(() => keyInput.current?.focus());
    });
  const submit = (event: FormEvent, openAnyway = false) => {
    setError(undefined);
    void unlock(openAnyway)(event);
  };

  const text = error && describeVaultError(error, status);
  return (
    <form onSubmit={submit} noValidate aria-busy={working} aria-labelledby="recovery-unlock-title">
      <h2 id="recovery-unlock-title">Unlock with my recovery key</h2>
      <p>
        My recovery key is the code of 8 groups I wrote down or printed when I made it. It opens my vault, and I choose
        a new passphrase now. My recovery key keeps working afterwards.
      </p>
      <RecoveryKeyField
        label="My recovery key"
        value={values.recoveryKey}
        onChange={(typed) => setField('recoveryKey', typed)}
        error={errors.recoveryKey?.message}
        inputRef={keyInput}
        autoFocus
        disabled={working}
      />
      <NewPassphraseFields
        value={values}
        onChange={setField}
        errors={errors}
        labels={{ passphrase: 'My new passphrase', confirmation: 'Type the new passphrase again' }}
        disabled={working}
      />
      {text && (
        <Notice tone="error" title={text.title}>
          <p>{text.body}</p>
          {error?.code === 'VAULT_LOCK_UNCONFIRMED' && (
            <button type="button" className="button-secondary" onClick={(event) => submit(event, true)}>
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
