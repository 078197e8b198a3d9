import { useState, type FormEvent, type ReactNode } from 'react';
import { Notice } from '../../components/notice';
import { PassphraseField } from '../../components/passphrase-field';
import { useCancelRecoveryKey, useConfirmRecoveryKey, useMakeRecoveryKey, useSaveRecoveryKeyPage } from './api';
import type { KeyChangeOutcome } from '../../../shared/vault/vault-status';
import { RecoveryKeyField, RecoveryKeyText } from '../../components/recovery-key-field';

type Step = { name: 'ask' } | { name: 'show'; recoveryKey: string } | { name: 'check'; recoveryKey: string };

/**
 * Making a recovery key, step by step: my passphrase (unless it was just typed), the key shown once
 * with a page to print, then the key typed back from what I wrote down. Only then does the vault
 * take it (an older one stops working then, not before). Cancelling changes nothing.
 */
export function RecoveryKeyMaker({
  passphrase: knownPassphrase,
  replacing,
  onDone,
  onCancel,
}: {
  /** The passphrase, when the person has just typed it (creating the vault). */
  passphrase?: string;
  /** Whether a recovery key exists already (it stops working once this one is confirmed). */
  replacing: boolean;
  /** The key was typed back and kept: what opens the vault now. */
  onDone(outcome: KeyChangeOutcome): void;
  onCancel(): void;
}) {
  const makeKey = useMakeRecoveryKey();
  const savePageOf = useSaveRecoveryKeyPage();
  const confirmKey = useConfirmRecoveryKey();
  const cancelKey = useCancelRecoveryKey();
  const [step, setStep] = useState<Step>({ name: 'ask' });
  const [passphrase, setPassphrase] = useState('');
  const [typed, setTyped] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();
  const [pageSaved, setPageSaved] = useState<string>();

  async function show(given: string): Promise<void> {
    setWorking(true);
    setError(undefined);
    const result = await makeKey.run({ passphrase: given });
    setWorking(false);
    if (result.ok) setStep({ name: 'show', recoveryKey: result.value.recoveryKey });
    else
      setError(
        result.error.code === 'WRONG_PASSPHRASE' ? 'That is not my passphrase. Try again.' : result.error.message,
      );
  }

  async function ask(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter my passphrase.');
      return;
    }
    await show(passphrase);
  }

  async function savePage(): Promise<void> {
    setError(undefined);
    const result = await savePageOf.run({});
    if (!result.ok) setError(result.error.message);
    else if (result.value.saved) setPageSaved(result.value.fileName);
  }

  async function check(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!typed.trim()) {
      setError('Type the recovery key from what I wrote down or printed.');
      return;
    }
    setWorking(true);
    setError(undefined);
    const result = await confirmKey.run({ typed });
    setWorking(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  }

  async function cancel(): Promise<void> {
    await cancelKey.run({});
    onCancel();
  }

  const cancelButton = (
    <button type="button" className="button-quiet" onClick={() => void cancel()} disabled={working}>
      Not now
    </button>
  );

  if (step.name === 'ask' && knownPassphrase === undefined) {
    return (
      <PassphraseStep
        passphrase={passphrase}
        onPassphrase={setPassphrase}
        working={working}
        error={error}
        onSubmit={ask}
        notNow={cancelButton}
      />
    );
  }
  if (step.name === 'ask') {
    return (
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void show(knownPassphrase!)} disabled={working}>
          {working ? 'Making my recovery key…' : 'Make my recovery key'}
        </button>
        {cancelButton}
        {error && <Notice tone="error">{error}</Notice>}
      </div>
    );
  }
  if (step.name === 'show') {
    return (
      <ShowKeyStep
        recoveryKey={step.recoveryKey}
        pageSaved={pageSaved}
        error={error}
        onSavePage={() => void savePage()}
        onWrittenDown={() => setStep({ name: 'check', recoveryKey: step.recoveryKey })}
        notNow={cancelButton}
      />
    );
  }
  return (
    <TypeKeyBackStep
      typed={typed}
      onTyped={setTyped}
      replacing={replacing}
      working={working}
      error={error}
      onSubmit={check}
      onShowAgain={() => setStep({ name: 'show', recoveryKey: step.recoveryKey })}
      notNow={cancelButton}
    />
  );
}

/** What every step shows alike: whether it is working, what went wrong, and the "Not now" button. */
interface StepProps {
  working: boolean;
  error: string | undefined;
  /** The button that cancels the whole thing, changing nothing. */
  notNow: ReactNode;
}

/** First, when my passphrase was not just typed: I type it, to make sure it is me. */
function PassphraseStep({
  passphrase,
  onPassphrase,
  working,
  error,
  onSubmit,
  notNow,
}: StepProps & {
  passphrase: string;
  onPassphrase(passphrase: string): void;
  onSubmit(event: FormEvent): void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={working}>
      <PassphraseField
        label="My passphrase"
        value={passphrase}
        onChange={onPassphrase}
        autoComplete="current-password"
        hint="To make sure it is me."
        error={error}
        autoFocus
        disabled={working}
      />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={working}>
          {working ? 'Making my recovery key…' : 'Show my recovery key'}
        </button>
        {notNow}
      </div>
    </form>
  );
}

/** The key, shown this once, with a page to save and print; then on to typing it back. */
function ShowKeyStep({
  recoveryKey,
  pageSaved,
  error,
  onSavePage,
  onWrittenDown,
  notNow,
}: Omit<StepProps, 'working'> & {
  recoveryKey: string;
  /** The file name of the page to print, once it is saved. */
  pageSaved: string | undefined;
  onSavePage(): void;
  onWrittenDown(): void;
}) {
  return (
    <div className="recovery-key-step">
      <p>
        This is my recovery key. Waypoint shows it only now. I write it down, or save a page to print, and keep it
        somewhere safe away from this computer. Anyone who has it and my vault file can open my vault.
      </p>
      <RecoveryKeyText recoveryKey={recoveryKey} />
      {pageSaved && (
        <Notice tone="success">
          Saved as {pageSaved}. I print it, then delete the file from this computer, so the key is only on paper.
        </Notice>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onSavePage}>
          Save a page to print…
        </button>
        <button type="button" className="button-primary" onClick={onWrittenDown}>
          I have written it down
        </button>
        {notNow}
      </div>
    </div>
  );
}

/** Last, the key typed back from the paper: only a key typed back right is kept. */
function TypeKeyBackStep({
  typed,
  onTyped,
  replacing,
  working,
  error,
  onSubmit,
  onShowAgain,
  notNow,
}: StepProps & {
  typed: string;
  onTyped(typed: string): void;
  replacing: boolean;
  onSubmit(event: FormEvent): void;
  onShowAgain(): void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={working}>
      <p>To check that what I wrote down is right, I type it here from the paper, not from the screen.</p>
      <RecoveryKeyField
        label="My recovery key, as I wrote it down"
        value={typed}
        onChange={onTyped}
        error={error}
        autoFocus
        disabled={working}
      />
      {replacing && <p className="field-hint">Once it is checked, my old recovery key stops working.</p>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={working}>
          {working ? 'Checking…' : 'Check and keep this key'}
        </button>
        <button type="button" className="button-quiet" onClick={onShowAgain}>
          Show it again
        </button>
        {notNow}
      </div>
    </form>
  );
}
