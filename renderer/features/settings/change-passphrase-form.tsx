import { useMemo, useState, type FormEvent } from 'react';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { StrengthMeter } from '../../components/strength-meter';
import { useIpcClient } from '../../lib/ipc-context';
import { measurePassphrase, requiredPassphraseScore } from '../../lib/passphrase-strength';

type Outcome = { tone: 'success' | 'error'; text: string };

export function ChangePassphraseForm() {
  const ipc = useIpcClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const strength = useMemo(() => (next ? measurePassphrase(next) : undefined), [next]);

  const errors = {
    current: submitted && !current ? 'Enter your current passphrase.' : undefined,
    next:
      submitted && (!strength || strength.score < requiredPassphraseScore)
        ? 'Choose a stronger passphrase: the meter should say Strong or Very strong.'
        : undefined,
    confirmation: submitted && confirmation !== next ? 'The two new passphrases are different.' : undefined,
  };

  async function change(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    setOutcome(undefined);
    if (errors.current || !current || !strength || strength.score < requiredPassphraseScore || confirmation !== next) {
      return;
    }
    setWorking(true);
    const result = await ipc.invoke('vault.changePassphrase', { current, next });
    setWorking(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setConfirmation('');
      setSubmitted(false);
      setOutcome({ tone: 'success', text: 'Passphrase changed. Use the new one next time you unlock.' });
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
          error={errors.current}
          disabled={working}
        />
        <PassphraseField
          label="New passphrase"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          error={errors.next}
          disabled={working}
        />
        <StrengthMeter strength={strength} />
        <PassphraseField
          label="Type the new passphrase again"
          value={confirmation}
          onChange={setConfirmation}
          autoComplete="new-password"
          error={errors.confirmation}
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
