import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { describeKeyChange } from '../../../shared/vault/key-change-words';
import {
  blankPassphraseChoice,
  NewPassphraseFields,
  passphraseChoiceShape,
  typedTwice,
} from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { useSetField } from '../../lib/form-state';
import { useChangePassphrase } from './api';

type Outcome = { tone: 'success' | 'error'; text: string };

/** Settings → Change passphrase: the current one, and a new one chosen. */
const changePassphraseSchema = typedTwice(
  z.object({ current: z.string().min(1, 'Enter your current passphrase.'), ...passphraseChoiceShape }),
);

type ChangePassphraseValues = z.input<typeof changePassphraseSchema>;
const blank: ChangePassphraseValues = { current: '', ...blankPassphraseChoice };

export function ChangePassphraseForm() {
  const changePassphrase = useChangePassphrase();
  const [outcome, setOutcome] = useState<Outcome>();
  const form = useForm<ChangePassphraseValues>({
    defaultValues: blank,
    resolver: zodResolver(changePassphraseSchema),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as ChangePassphraseValues;
  const setField = useSetField(form);
  const { errors, isSubmitting: working } = form.formState;

  const change = form.handleSubmit(
    async ({ current, passphrase }) => {
      const result = await changePassphrase.run({ current, next: passphrase });
      if (!result.ok) {
        setOutcome({
          tone: 'error',
          text:
            result.error.code === 'WRONG_PASSPHRASE'
              ? 'Your current passphrase was not right, so nothing was changed.'
              : result.error.message,
        });
        return;
      }
      form.reset(blank);
      setOutcome({ tone: 'success', text: `Passphrase changed. ${describeKeyChange(result.value).join(' ')}` });
    },
    () => setOutcome(undefined),
  );

  return (
    <section className="card" aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">Change passphrase</h2>
      <form
        onSubmit={(event) => {
          setOutcome(undefined);
          void change(event);
        }}
        noValidate
        aria-busy={working}
      >
        <PassphraseField
          label="Current passphrase"
          value={values.current}
          onChange={(current) => setField('current', current)}
          autoComplete="current-password"
          error={errors.current?.message}
          disabled={working}
        />
        <NewPassphraseFields
          value={values}
          onChange={setField}
          errors={errors}
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          disabled={working}
        />
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
        <button type="submit" className="button-primary" disabled={working}>
          {working ? 'Changing passphrase…' : 'Change passphrase'}
        </button>
      </form>
    </section>
  );
}
