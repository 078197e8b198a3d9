import { useState, type FormEvent } from 'react';
import { Notice } from '../../components/notice';
import { NewPassphraseFields, useNewPassphrase } from '../../components/new-passphrase-fields';
import { PassphraseField } from '../../components/passphrase-field';
import { useChangePassphrase } from './api';
import { describeKeyChange } from '../../../shared/vault/key-change-words';

type Outcome = { tone: 'success' | 'error'; text: string };

export function ChangePassphraseForm() {
  const changePassphrase = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const currentError = submitted && !current ? 'Enter your current passphrase.' : undefined;

  async function change(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    setOutcome(undefined);
    if (!current || !next.acceptable) return;
    setWorking(true);
    const result = await changePassphrase.run({ current, next: next.passphrase });
    setWorking(false);
    if (result.ok) {
      setCurrent('');
      next.reset();
      setSubmitted(false);
      setOutcome({ tone: 'success', text: `Passphrase changed. ${describeKeyChange(result.value).join(' ')}` });
    } else {
      setOutcome({
        tone: 'error',
        text:
          result.error.code === 'WRONG_PASSPHRASE'
            ? 'Your current passphrase was not right, so nothing was changed.'
            : result.error.message,
      });
    }
  }

  return (
    <section className="card" aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">Change passphrase</h2>
      <form onSubmit={change} noValidate aria-busy={working}>
        <PassphraseField
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          error={currentError}
          disabled={working}
        />
        <NewPassphraseFields
          value={next}
          submitted={submitted}
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
